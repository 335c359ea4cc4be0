package org.opora.platform.security.internal;

import java.util.Random;

/** Random initial passwords of shell-created accounts: 14 characters without look-alikes. */
public final class Passwords {

    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private Passwords() {
    }

    public static char[] random(Random random) {
        char[] pw = new char[14];
        for (int i = 0; i < pw.length; i++) {
            pw[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return pw;
    }
}
