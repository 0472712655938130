package dev.n1query.overlay;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Holds back the body of an uncompressed, complete {@code text/html} response so the
 * panel can be injected into it; lets every other response (other types, compressed,
 * ranges, downloads, async and streaming responses) through untouched, byte for byte.
 * The decision is taken when the body or its length is first written, from the headers
 * set by then.
 */
final class HtmlInjectingResponse extends HttpServletResponseWrapper {

	private enum Mode {

		UNDECIDED, CAPTURE, PASS

	}

	private final HttpServletRequest request;

	private Mode mode = Mode.UNDECIDED;

	private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);

	private ServletOutputStream capturingStream;

	private PrintWriter capturingWriter;

	HtmlInjectingResponse(HttpServletRequest request, HttpServletResponse response) {
		super(response);
		this.request = request;
	}

	private boolean capturing() {
		if (this.mode == Mode.UNDECIDED) {
			this.mode = shouldCapture() ? Mode.CAPTURE : Mode.PASS;
		}
		return this.mode == Mode.CAPTURE;
	}

	private boolean shouldCapture() {
		String contentType = getContentType();
		if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("text/html")) {
			return false;
		}
		if (getHeader("Content-Encoding") != null || getHeader("Content-Range") != null
				|| this.request.getHeader("Range") != null || isCommitted() || this.request.isAsyncStarted()) {
			return false;
		}
		String disposition = getHeader("Content-Disposition");
		if (disposition != null && disposition.toLowerCase(Locale.ROOT).startsWith("attachment")) {
			return false;
		}
		int status = getStatus();
		return status >= 200 && status < 300 && status != 204 && status != 206;
	}

	boolean isCapturing() {
		return this.mode == Mode.CAPTURE;
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (!capturing()) {
			return super.getOutputStream();
		}
		if (this.capturingStream == null) {
			this.capturingStream = new CapturingStream();
		}
		return this.capturingStream;
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		if (!capturing()) {
			return super.getWriter();
		}
		if (this.capturingWriter == null) {
			this.capturingWriter = new PrintWriter(new OutputStreamWriter(this.buffer, charset()));
		}
		return this.capturingWriter;
	}

	Charset charset() {
		String encoding = getCharacterEncoding();
		try {
			return (encoding != null) ? Charset.forName(encoding) : StandardCharsets.ISO_8859_1;
		}
		catch (IllegalArgumentException ex) {
			return StandardCharsets.ISO_8859_1;
		}
	}

	@Override
	public void setContentLength(int len) {
		if (!capturing()) {
			super.setContentLength(len);
		}
	}

	@Override
	public void setContentLengthLong(long len) {
		if (!capturing()) {
			super.setContentLengthLong(len);
		}
	}

	@Override
	public void setHeader(String name, String value) {
		if (!"Content-Length".equalsIgnoreCase(name) || !capturing()) {
			super.setHeader(name, value);
		}
	}

	@Override
	public void addHeader(String name, String value) {
		if (!"Content-Length".equalsIgnoreCase(name) || !capturing()) {
			super.addHeader(name, value);
		}
	}

	@Override
	public void setIntHeader(String name, int value) {
		if (!"Content-Length".equalsIgnoreCase(name) || !capturing()) {
			super.setIntHeader(name, value);
		}
	}

	@Override
	public void flushBuffer() throws IOException {
		if (this.mode != Mode.CAPTURE) {
			super.flushBuffer(); // a captured body is committed once, when the panel is in
		}
	}

	@Override
	public void resetBuffer() {
		this.buffer.reset();
		super.resetBuffer();
	}

	@Override
	public void reset() {
		this.buffer.reset();
		this.mode = Mode.UNDECIDED;
		this.capturingStream = null;
		this.capturingWriter = null;
		super.reset();
	}

	/** The captured body so far. */
	byte[] captured() {
		if (this.capturingWriter != null) {
			this.capturingWriter.flush();
		}
		return this.buffer.toByteArray();
	}

	/**
	 * Writes the captured body, with the snippet injected when there is one, and its
	 * corrected length. Nothing to do when the body was not captured.
	 * @param snippet the markup to inject, or {@code null} to write the body unchanged
	 */
	void finish(String snippet) throws IOException {
		if (this.mode != Mode.CAPTURE) {
			return;
		}
		byte[] body = captured();
		byte[] out = (snippet != null) ? HtmlInjector.inject(body, charset(), snippet) : body;
		this.mode = Mode.PASS;
		super.setContentLength(out.length);
		ServletOutputStream stream = super.getOutputStream();
		stream.write(out);
		stream.flush();
	}

	/** Writes what was captured unchanged and lets the rest through (async continuation, failures). */
	void passThrough() throws IOException {
		if (this.mode == Mode.CAPTURE) {
			byte[] body = captured();
			this.mode = Mode.PASS;
			if (body.length > 0) {
				super.getOutputStream().write(body);
			}
		}
		else {
			this.mode = Mode.PASS;
		}
	}

	private final class CapturingStream extends ServletOutputStream {

		@Override
		public void write(int b) {
			HtmlInjectingResponse.this.buffer.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) {
			HtmlInjectingResponse.this.buffer.write(b, off, len);
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			throw new IllegalStateException("Non-blocking writes are not held back for the N1 panel");
		}

	}

}
