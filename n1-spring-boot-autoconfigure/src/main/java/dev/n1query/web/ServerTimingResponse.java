package dev.n1query.web;

import java.io.IOException;
import java.io.PrintWriter;

import dev.n1query.core.N1Failures;
import dev.n1query.core.QueryScope;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Adds {@code Server-Timing: db;dur=12.345;desc="101 queries"} to a response when its
 * body is known to be complete or about to be committed: when a content length is set
 * (the body is already rendered), on a flush, an error or a redirect, or when the request
 * ends, so browser devtools show the request's database time. A response the container
 * commits by itself, because a streamed body outgrew its buffer, goes without the header:
 * it can no longer be set.
 */
final class ServerTimingResponse extends HttpServletResponseWrapper {

	static final String HEADER = "Server-Timing";

	private final QueryScope scope;

	private boolean added;

	private ServletOutputStream outputStream;

	private PrintWriter writer;

	ServerTimingResponse(HttpServletResponse response, QueryScope scope) {
		super(response);
		this.scope = scope;
	}

	/**
	 * The header's value, the time in milliseconds to 3 decimals (rounded half up), as
	 * {@code String.format("db;dur=%.3f;desc=\"%d queries\"", …)} writes it below 2^53 ns (past
	 * that, its double loses digits), at a fraction of its cost: a request from a panel client
	 * pays this, every time.
	 */
	static String value(long queryTimeNanos, int queryCount) {
		long nanos = Math.max(queryTimeNanos, 0);
		long micros = nanos / 1_000 + ((nanos % 1_000 >= 500) ? 1 : 0); // no overflow near Long.MAX_VALUE
		long fraction = micros % 1_000;
		StringBuilder value = new StringBuilder(40).append("db;dur=").append(micros / 1_000).append('.');
		if (fraction < 100) {
			value.append((fraction < 10) ? "00" : "0");
		}
		return value.append(fraction).append(";desc=\"").append(queryCount).append(" queries\"").toString();
	}

	/** Adds the header now, unless it was added already or the response is committed. */
	void beforeCommit() {
		if (this.added || isCommitted()) {
			return;
		}
		this.added = true;
		try { // runs inside the application's own calls (setContentLength, flushes …)
			addHeader(HEADER, value(this.scope.queryTimeNanos(), this.scope.queryCount()));
		}
		catch (RuntimeException ex) {
			N1Failures.swallow("adding the Server-Timing header", ex);
		}
	}

	@Override
	public void setContentLength(int len) {
		beforeCommit();
		super.setContentLength(len);
	}

	@Override
	public void setContentLengthLong(long len) {
		beforeCommit();
		super.setContentLengthLong(len);
	}

	@Override
	public void setHeader(String name, String value) {
		if ("Content-Length".equalsIgnoreCase(name)) {
			beforeCommit();
		}
		super.setHeader(name, value);
	}

	@Override
	public void setIntHeader(String name, int value) {
		if ("Content-Length".equalsIgnoreCase(name)) {
			beforeCommit();
		}
		super.setIntHeader(name, value);
	}

	@Override
	public void addHeader(String name, String value) {
		if ("Content-Length".equalsIgnoreCase(name)) {
			beforeCommit();
		}
		super.addHeader(name, value);
	}

	@Override
	public void addIntHeader(String name, int value) {
		if ("Content-Length".equalsIgnoreCase(name)) {
			beforeCommit();
		}
		super.addIntHeader(name, value);
	}

	@Override
	public void flushBuffer() throws IOException {
		beforeCommit();
		super.flushBuffer();
	}

	@Override
	public void sendError(int sc, String msg) throws IOException {
		beforeCommit();
		super.sendError(sc, msg);
	}

	@Override
	public void sendError(int sc) throws IOException {
		beforeCommit();
		super.sendError(sc);
	}

	@Override
	public void sendRedirect(String location) throws IOException {
		beforeCommit();
		super.sendRedirect(location);
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (this.outputStream == null) {
			this.outputStream = new FlushObservingOutputStream(super.getOutputStream());
		}
		return this.outputStream;
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		if (this.writer == null) {
			this.writer = new FlushObservingWriter(super.getWriter());
		}
		return this.writer;
	}

	/**
	 * The container's writer, adding the header before a flush or close commits the
	 * response. Writes go straight to the container's writer: a plain {@code PrintWriter}
	 * around it took a lock and ran checks on each of the many small writes a template makes.
	 */
	private final class FlushObservingWriter extends PrintWriter {

		private final PrintWriter delegate;

		FlushObservingWriter(PrintWriter delegate) {
			super(delegate, false);
			this.delegate = delegate;
		}

		@Override
		public void write(int c) {
			this.delegate.write(c);
		}

		@Override
		public void write(char[] buffer, int offset, int length) {
			this.delegate.write(buffer, offset, length);
		}

		@Override
		public void write(char[] buffer) {
			this.delegate.write(buffer);
		}

		@Override
		public void write(String text, int offset, int length) {
			this.delegate.write(text, offset, length);
		}

		@Override
		public void write(String text) {
			this.delegate.write(text);
		}

		@Override
		public void flush() {
			beforeCommit();
			this.delegate.flush();
		}

		@Override
		public void close() {
			beforeCommit();
			this.delegate.close();
		}

		@Override
		public boolean checkError() {
			beforeCommit(); // the container's checkError() flushes, and so commits, by itself
			return this.delegate.checkError();
		}

	}

	private final class FlushObservingOutputStream extends ServletOutputStream {

		private final ServletOutputStream delegate;

		FlushObservingOutputStream(ServletOutputStream delegate) {
			this.delegate = delegate;
		}

		@Override
		public void write(int b) throws IOException {
			this.delegate.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.delegate.write(b, off, len);
		}

		@Override
		public void flush() throws IOException {
			beforeCommit();
			this.delegate.flush();
		}

		@Override
		public void close() throws IOException {
			beforeCommit();
			this.delegate.close();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setWriteListener(WriteListener writeListener) {
			this.delegate.setWriteListener(writeListener);
		}

	}

}
