package dev.n1query.overlay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The proof that a panel request comes from a page N1 served: a report's token is its id
 * signed with a key drawn at startup (HMAC-SHA256, 128 bits kept), like
 * django-debug-toolbar's signed request id. N1 gives it only to allowed clients, in the
 * page's panel element and next to {@code X-N1-Request-Id}; the panel's script sends it
 * back in {@value #HEADER} with every request for that report's data. Nothing is stored
 * per report, and tokens die with the application.
 */
public final class PageTokens {

	/** The header a panel request carries its token in, and a response its report's token. */
	public static final String HEADER = "X-N1-Token";

	private static final String ALGORITHM = "HmacSHA256";

	private static final int TOKEN_BYTES = 16;

	private final SecretKeySpec key;

	/** Creates tokens signed with a fresh random key. */
	public PageTokens() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, ALGORITHM);
	}

	/**
	 * The token of a report.
	 * @param reportId the report's id
	 * @return its token
	 */
	public String issue(String reportId) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(sign(reportId));
	}

	/**
	 * Whether a token is the one issued for a report, compared in constant time.
	 * @param reportId the report's id
	 * @param token the token sent, may be {@code null}
	 * @return whether it matches
	 */
	public boolean matches(String reportId, String token) {
		if (reportId == null || token == null || token.length() > 64) {
			return false;
		}
		byte[] sent;
		try {
			sent = Base64.getUrlDecoder().decode(token);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(sign(reportId), sent);
	}

	private byte[] sign(String reportId) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM); // not thread-safe: one per call, panel traffic only
			mac.init(this.key);
			return Arrays.copyOf(mac.doFinal(reportId.getBytes(StandardCharsets.UTF_8)), TOKEN_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is required by every Java platform", ex);
		}
	}

}
