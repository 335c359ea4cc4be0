package org.opora.platform.ui.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Service properties of a {@link ViewContribution}, set with this annotation on the DS component class.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@ProviderType
public @interface OporaView {

    /** Prefix of the service property names, e.g. {@code opora.view.route}. */
    String PREFIX_ = "opora.view.";

    /** Route relative to the application root, e.g. {@code pupils} or {@code admin/modules}. */
    String route();

    /** i18n key of the title shown in the navigation and the browser tab. */
    String titleKey();

    /** Vaadin icon, e.g. {@code vaadin:users}. */
    String icon() default "vaadin:file-o";

    /** Position in the navigation; lower first. */
    int order() default 500;

    /** Permission a user needs to see and open the view; empty for any signed-in user. */
    String permission() default "";

    /** i18n key of the navigation group, e.g. {@code platform.nav.admin}; empty for the main list. */
    String group() default "";

    /** Whether the view has an entry in the navigation (views opened from elsewhere, e.g. with an id, do not). */
    boolean navigation() default true;
}
