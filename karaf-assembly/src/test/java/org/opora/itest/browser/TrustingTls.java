package org.opora.itest.browser;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A TLS context for the tests' own requests to a distribution whose certificate is the self-signed one bin/karaf
 * generated at its first start: every certificate is accepted (the tests check what the server answers, not who it
 * is). Never used outside the tests.
 */
final class TrustingTls {

    private TrustingTls() {
    }

    static SSLContext context() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                    // the tests present no client certificate
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    // the distribution's self-signed certificate is accepted
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
