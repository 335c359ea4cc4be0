/**
 * The rules of individual support programmes (regulation 002, the guidelines for individual support programmes, IPS) and of individual plans
 * (regulation 001, the regulation on individual support), one small class per rule: pure code without OSGi or
 * persistence, unit-tested, its numbers given by the configuration, called from the services. Each rule reports
 * what it finds as {@link org.opora.programmes.impl.internal.rules.Violation}s from {@code check}, and
 * {@code require} throws the first of them as a {@link org.opora.core.api.ValidationException}.
 */
package org.opora.programmes.impl.internal.rules;
