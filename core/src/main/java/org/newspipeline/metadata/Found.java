package org.newspipeline.metadata;

import java.util.Objects;
import org.newspipeline.model.MetadataSource;

/**
 * A metadata value with where it was found.
 *
 * @param value  the value
 * @param source where it came from
 * @param <T>    the value's type
 */
public record Found<T>(T value, MetadataSource source) {

    /** @throws NullPointerException if a component is null */
    public Found {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
