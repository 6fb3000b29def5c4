package org.newspipeline.html;

/**
 * A container that may hold a page's article, as the content root's training program sees it: its features (those of
 * {@link RootModel#FEATURES}) and the blocks of the page's text it holds.
 *
 * @param features   one value per feature of {@link RootModel#FEATURES}
 * @param firstBlock the index of its first block among the page's blocks
 * @param endBlock   one past the index of its last block
 */
public record RootCandidate(double[] features, int firstBlock, int endBlock) {

    /**
     * @throws NullPointerException     if {@code features} is null
     * @throws IllegalArgumentException if the range is empty or negative
     */
    public RootCandidate {
        features = features.clone();
        if (firstBlock < 0 || endBlock <= firstBlock) {
            throw new IllegalArgumentException("bad block range " + firstBlock + ".." + endBlock);
        }
    }

    @Override
    public double[] features() {
        return features.clone();
    }
}
