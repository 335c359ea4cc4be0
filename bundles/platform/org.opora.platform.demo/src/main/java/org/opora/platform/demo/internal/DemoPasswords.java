package org.opora.platform.demo.internal;

import java.util.Random;

/** Random passwords of the demo users: 14 characters without look-alikes, as the platform gives new accounts. */
final class DemoPasswords {

    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 14;

    private DemoPasswords() {
    }

    static char[] random(Random random) {
        char[] pw = new char[LENGTH];
        for (int i = 0; i < pw.length; i++) {
            pw[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return pw;
    }
}
