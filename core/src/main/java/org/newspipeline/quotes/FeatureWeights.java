package org.newspipeline.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A linear model's weights by feature name, laid out for lookups: each name is kept as a 64-bit fingerprint in an
 * open-addressing table whose slots point at rows of one array of weights. A lookup hashes the name's characters
 * once and then reads two arrays, where a hash map of strings would follow a node, the key and its characters, and
 * compare them. Two names with the same fingerprint are refused when the table is built; a name the model does not
 * have could still share a fingerprint with one it has and read that feature's weights (per lookup, the number of
 * features over 2^64: under one in 10^13 for the shipped tagger's passes).
 *
 * <p>Immutable and thread-safe once built.
 */
final class FeatureWeights {

    private static final long EMPTY = 0L;

    private final int width;
    private final long[] keys;
    private final int[] rows;
    private final float[] weights;
    private final String[] names;

    private FeatureWeights(int width, long[] keys, int[] rows, float[] weights, String[] names) {
        this.width = width;
        this.keys = keys;
        this.rows = rows;
        this.weights = weights;
        this.names = names;
    }

    /** @return how many features have weights */
    int size() {
        return names.length;
    }

    /**
     * Adds a feature's weights to a sum, if the model has the feature.
     *
     * @param key the feature's {@link #fingerprint}
     * @param sum one sum per weight column
     */
    void addTo(long key, float[] sum) {
        int row = row(key);
        if (row >= 0) {
            int at = row * width;
            for (int k = 0; k < width; k++) {
                sum[k] += weights[at + k];
            }
        }
    }

    /** @return a copy of the feature's weights, or null when the model does not have it */
    float[] get(String name) {
        int row = row(fingerprint(name));
        return row < 0 ? null : Arrays.copyOfRange(weights, row * width, (row + 1) * width);
    }

    /** @return the feature names in their natural order */
    List<String> namesInOrder() {
        return Arrays.stream(names).sorted().toList();
    }

    private int row(long key) {
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return rows[slot];
            }
            if (k == EMPTY) {
                return -1;
            }
        }
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    /** @return the {@link #fingerprint} of each name */
    static long[] fingerprints(String[] names) {
        long[] keys = new long[names.length];
        for (int i = 0; i < names.length; i++) {
            keys[i] = fingerprint(names[i]);
        }
        return keys;
    }

    /**
     * A 64-bit fingerprint of a name's characters (FNV-1a over the chars, then MurmurHash3's final mix), never
     * {@link #EMPTY}.
     */
    static long fingerprint(String name) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            h ^= name.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1L : h;
    }

    /** Collects weights by name; a name added again replaces its weights, as a map's put would. */
    static final class Builder {

        private final int width;
        private final List<String> names = new ArrayList<>();
        private float[] weights = new float[1024];

        /** @param width the number of weights per feature */
        Builder(int width) {
            this.width = width;
        }

        /**
         * @param name    the feature's name
         * @param weights its weights, {@code width} of them (copied)
         * @return this builder
         * @throws IllegalArgumentException if the weights are not {@code width}
         */
        Builder add(String name, float[] weights) {
            if (weights.length != width) {
                throw new IllegalArgumentException("feature " + name + " needs " + width + " weights");
            }
            int at = names.size() * width;
            if (at + width > this.weights.length) {
                this.weights = Arrays.copyOf(this.weights, Math.max(this.weights.length * 2, at + width));
            }
            System.arraycopy(weights, 0, this.weights, at, width);
            names.add(name);
            return this;
        }

        /**
         * @return the table
         * @throws IllegalStateException if two different names share a fingerprint
         */
        FeatureWeights build() {
            int capacity = Integer.highestOneBit(Math.max(2, names.size() * 2 - 1)) << 1;
            long[] keys = new long[capacity];
            int[] rows = new int[capacity];
            int mask = capacity - 1;
            boolean[] replaced = new boolean[names.size()];
            for (int row = 0; row < names.size(); row++) {
                long key = fingerprint(names.get(row));
                int slot = slot(key, mask);
                while (keys[slot] != EMPTY && keys[slot] != key) {
                    slot = (slot + 1) & mask;
                }
                if (keys[slot] == key) {
                    int earlier = rows[slot];
                    if (!names.get(earlier).equals(names.get(row))) {
                        throw new IllegalStateException("Features " + names.get(earlier) + " and " + names.get(row)
                                + " share a fingerprint");
                    }
                    replaced[earlier] = true;
                }
                keys[slot] = key;
                rows[slot] = row;
            }
            // rows of names added again are dropped, the table's rows renumbered
            int[] newRow = new int[names.size()];
            int n = 0;
            for (int row = 0; row < names.size(); row++) {
                newRow[row] = replaced[row] ? -1 : n++;
            }
            float[] packed = new float[n * width];
            String[] packedNames = new String[n];
            for (int row = 0; row < names.size(); row++) {
                if (newRow[row] >= 0) {
                    System.arraycopy(weights, row * width, packed, newRow[row] * width, width);
                    packedNames[newRow[row]] = names.get(row);
                }
            }
            for (int slot = 0; slot < capacity; slot++) {
                if (keys[slot] != EMPTY) {
                    rows[slot] = newRow[rows[slot]];
                }
            }
            return new FeatureWeights(width, keys, rows, packed, packedNames);
        }
    }
}
