package org.opora.platform.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Sign-in and password rules of the installation. Texts: {@code OSGI-INF/l10n/security*.properties}. */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/security", name = "%security.name",
        description = "%security.description")
public @interface SecurityConfig {

    @AttributeDefinition(name = "%security.minPasswordLength.name",
            description = "%security.minPasswordLength.description", min = "8", max = "64")
    int minPasswordLength() default 12;

    @AttributeDefinition(name = "%security.maxFailedAttempts.name",
            description = "%security.maxFailedAttempts.description", min = "3", max = "100")
    int maxFailedAttempts() default 5;

    @AttributeDefinition(name = "%security.maxFailedAttemptsPerAddress.name",
            description = "%security.maxFailedAttemptsPerAddress.description", min = "5", max = "1000")
    int maxFailedAttemptsPerAddress() default 20;

    @AttributeDefinition(name = "%security.accountLockAttempts.name",
            description = "%security.accountLockAttempts.description", min = "10", max = "10000")
    int accountLockAttempts() default 50;

    @AttributeDefinition(name = "%security.lockoutMinutes.name",
            description = "%security.lockoutMinutes.description", min = "1", max = "1440")
    int lockoutMinutes() default 15;

    @AttributeDefinition(name = "%security.pbkdf2Iterations.name",
            description = "%security.pbkdf2Iterations.description", min = "100000", max = "5000000")
    int pbkdf2Iterations() default 600000;
}
