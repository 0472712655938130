package dev.n1query.demo.imports;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportLineRepository extends JpaRepository<ImportLine, UUID> {

}
