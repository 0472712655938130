package org.springframework.samples.n1fixture;

import java.util.List;
import java.util.function.Supplier;

import dev.n1query.core.CallSite;

/** Hand-written application code under a framework's package prefix. */
public class OwnerService {

	private final Supplier<CallSite> database;

	public OwnerService(Supplier<CallSite> database) {
		this.database = database;
	}

	public Located find() {
		return new Located(Located.here(), this.database.get());
	}

	public Located readThroughEnhancedEntity() {
		return new Located(Located.here(), new OwnerEntity(this.database).getPet());
	}

	public Located mapThroughGeneratedMapper() {
		return new Located(Located.here(), new OwnerMapperImpl().toDto(new OwnerEntity(this.database)));
	}

	public Located findInLambda() {
		return List.of(1).stream().map((id) -> new Located(Located.here(), this.database.get())).findFirst().orElseThrow();
	}

}
