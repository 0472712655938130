package dev.n1query.usage.slice;

import org.springframework.boot.SpringBootConfiguration;

/** The configuration test slices in this package start from. */
@SpringBootConfiguration
class SliceTestApplication {

}
