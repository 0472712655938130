#!/usr/bin/env bash
# Checks what `./mvnw -P release -Dgpg.skip -DskipTests verify` built for Maven Central: every published module has a
# flattened POM (no parent) with the elements Central requires, and every published jar its sources and javadoc jars.
# Run after that build; .ci/run does.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - <<'PY'
import sys, xml.etree.ElementTree as ET
from pathlib import Path

NS = {"m": "http://maven.apache.org/POM/4.0.0"}
PUBLISHED = ["n1-bom", "n1-core", "n1-spring-boot-autoconfigure", "n1-spring-boot-starter", "n1-spring-boot-test",
             "n1-spring-boot3-autoconfigure", "n1-spring-boot3-starter", "n1-spring-boot3-test"]
REQUIRED = ["m:name", "m:description", "m:url", "m:licenses/m:license/m:name", "m:licenses/m:license/m:url",
            "m:developers/m:developer/m:name", "m:scm/m:url", "m:scm/m:connection", "m:groupId", "m:artifactId",
            "m:version"]
problems = []
for module in PUBLISHED:
    pom = Path(module, "target", ".flattened-pom.xml")
    if not pom.exists():
        problems.append(f"{module}: no flattened POM at {pom} (was the release profile built?)")
        continue
    root = ET.parse(pom).getroot()
    for path in REQUIRED:
        element = root.find(path, NS)
        if element is None or not (element.text or "").strip():
            problems.append(f"{module}: published POM lacks <{path.replace('m:', '')}>")
    if root.find("m:parent", NS) is not None:
        problems.append(f"{module}: published POM still names a parent")
    version = root.findtext("m:version", namespaces=NS)
    packaging = root.findtext("m:packaging", default="jar", namespaces=NS)
    if module == "n1-bom":
        managed = [d.findtext("m:artifactId", namespaces=NS)
                   for d in root.findall("m:dependencyManagement/m:dependencies/m:dependency", NS)]
        if sorted(managed) != sorted(PUBLISHED[1:]):
            problems.append(f"n1-bom manages {managed}, expected exactly {PUBLISHED[1:]}")
    if packaging == "jar":
        for suffix in ("", "-sources", "-javadoc"):
            jar = Path(module, "target", f"{module}-{version}{suffix}.jar")
            if not jar.exists():
                problems.append(f"{module}: missing {jar}")
    print(f"{module}: {packaging}, {version}: checked")
if problems:
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)
print("Every published POM carries name, description, url, licenses, developers and scm; every jar its sources and javadoc.")
PY
