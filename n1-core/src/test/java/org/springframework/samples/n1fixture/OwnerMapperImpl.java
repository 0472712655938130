package org.springframework.samples.n1fixture;

import dev.n1query.core.CallSite;

/** Stands for a MapStruct-generated mapper implementation. */
public class OwnerMapperImpl {

	public CallSite toDto(OwnerEntity owner) {
		return owner.getPet();
	}

}
