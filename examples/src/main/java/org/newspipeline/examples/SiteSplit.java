package org.newspipeline.examples;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Splits pages by site, so that a number can be given on sites no rule or fit has seen: a page's bucket is the first
 * byte of the SHA-1 of its host name (lower case, without a leading {@code www.}) modulo the number of buckets.
 */
final class SiteSplit {

    private SiteSplit() {
    }

    /**
     * @param url     a page's address (its whole text is hashed when it has no host)
     * @param buckets how many buckets
     * @return the page's bucket, in {@code [0, buckets)}
     */
    static int bucket(String url, int buckets) {
        String host = host(url);
        try {
            byte[] sha = MessageDigest.getInstance("SHA-1").digest(host.getBytes(StandardCharsets.UTF_8));
            return (sha[0] & 0xff) % buckets;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }

    /**
     * @param url a page's address
     * @return its site: the host name in lower case without a leading {@code www.} (the whole text without a host)
     */
    static String host(String url) {
        String host;
        try {
            host = new URI(url.replace(" ", "%20")).getHost();
        } catch (URISyntaxException e) {
            host = null;
        }
        if (host == null) {
            host = url;
        }
        return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    }
}
