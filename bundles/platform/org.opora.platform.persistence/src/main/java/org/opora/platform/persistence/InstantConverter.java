package org.opora.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Stores {@link Instant} as a SQL {@code TIMESTAMP}: Jakarta Persistence 3.1 (EclipseLink 4.0) does not map
 * {@code Instant} natively and would serialize it. Use with {@code @Convert(converter = InstantConverter.class)}
 * and list the class in the unit's persistence.xml.
 */
@Converter
@ProviderType
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant value) {
        return value == null ? null : Timestamp.from(value);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
