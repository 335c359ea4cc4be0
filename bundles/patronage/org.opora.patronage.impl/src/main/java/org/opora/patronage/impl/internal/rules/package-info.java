/** The rules of regulation 003, one a class, each taking its numbers from the settings and unit-tested. */
package org.opora.patronage.impl.internal.rules;
