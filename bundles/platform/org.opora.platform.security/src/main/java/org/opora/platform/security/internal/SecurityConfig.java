package org.opora.platform.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Sign-in and password rules of the installation. */
@ObjectClassDefinition(name = "Opora: sign-in and passwords",
        description = "How passwords are checked and stored, and when an account is locked after failed sign-ins.")
public @interface SecurityConfig {

    @AttributeDefinition(name = "Minimum password length", min = "8", max = "128")
    int minPasswordLength() default 10;

    @AttributeDefinition(name = "Failed sign-ins before lockout", min = "3", max = "100")
    int maxFailedAttempts() default 5;

    @AttributeDefinition(name = "Lockout duration (minutes)", min = "1", max = "1440")
    int lockoutMinutes() default 15;

    @AttributeDefinition(name = "PBKDF2 iterations", description = "Work factor of the password hash; raising it "
            + "applies to passwords set afterwards.", min = "10000", max = "5000000")
    int pbkdf2Iterations() default 210000;
}
