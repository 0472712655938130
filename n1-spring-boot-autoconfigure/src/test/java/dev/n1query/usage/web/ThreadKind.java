package dev.n1query.usage.web;

import java.lang.reflect.Method;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells whether the request runs on a virtual thread (compiled for Java 17: found reflectively). */
@RestController
class ThreadKind {

	@GetMapping("/thread-kind")
	String threadKind() throws Exception {
		Method isVirtual = Thread.class.getMethod("isVirtual");
		return ((Boolean) isVirtual.invoke(Thread.currentThread())) ? "virtual" : "platform";
	}

}
