package org.opora.platform.ui.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Service properties of a card section: a {@link PupilCardSection} or a {@link StaffCardSection}. Each card has its
 * own whiteboard (the service's type tells which), so an id needs to be unique only among the sections of one card.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@ProviderType
public @interface CardSection {

    /** Prefix of the service property names, e.g. {@code opora.card.titleKey}. */
    String PREFIX_ = "opora.card.";

    /** Stable id of the section, e.g. {@code consilium}. */
    String id();

    /** i18n key of the tab title. */
    String titleKey();

    /** Position among the tabs; lower first. */
    int order() default 500;

    /** Permission needed to see the tab; empty for anyone who may open the card. */
    String permission() default "";
}
