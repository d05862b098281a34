package org.hessianworkbench.design;

import java.nio.charset.StandardCharsets;

/**
 * ASCII bytes seen as characters without a copy: what a CSV file of numbers almost always is, so
 * reading it needs no second, decoded copy of the file. Instances are immutable (the bytes are
 * never modified).
 */
final class AsciiText implements CharSequence {

    private final byte[] bytes;
    private final int from;
    private final int to;

    /** The whole array, which must hold ASCII only (every byte non-negative). */
    AsciiText(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    private AsciiText(byte[] bytes, int from, int to) {
        this.bytes = bytes;
        this.from = from;
        this.to = to;
    }

    @Override
    public int length() {
        return to - from;
    }

    @Override
    public char charAt(int index) {
        return (char) bytes[from + index];
    }

    /** The characters {@code [start, end)} as a string (a copy of those bytes only). */
    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(bytes, from + start, end - start, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
