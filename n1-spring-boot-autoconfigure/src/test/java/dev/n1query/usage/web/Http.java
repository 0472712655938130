package dev.n1query.usage.web;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Real HTTP to the test application on loopback. */
final class Http {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private Http() {
	}

	static HttpResponse<String> send(int port, String method, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> get(int port, String path) throws Exception {
		return send(port, "GET", path);
	}

	/**
	 * A GET over a plain socket to loopback, with a {@code Host} header of the caller's
	 * choosing, as a browser sends it for a page whose name was rebound to 127.0.0.1
	 * (Java's HTTP clients do not let a caller set it).
	 */
	static Raw getWithHost(int port, String host, String path, String... headers) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
			for (int i = 0; i < headers.length; i += 2) {
				request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
			}
			request.append("Connection: close\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			InputStream in = socket.getInputStream();
			in.transferTo(received);
			return Raw.parse(received.toString(StandardCharsets.UTF_8));
		}
	}

	/** A raw response: status, headers (names in lower case) and body. */
	record Raw(int status, Map<String, String> headers, String body) {

		static Raw parse(String response) {
			int end = response.indexOf("\r\n\r\n");
			String[] lines = response.substring(0, end).split("\r\n");
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.put(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
						lines[i].substring(colon + 1).trim());
			}
			return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, response.substring(end + 4));
		}

	}

}
