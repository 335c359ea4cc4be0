/** The curator's work on a case: the work plan and the contact log. */
package org.opora.patronage.impl.internal.work;
