/** Patronage cases: who may do what with a case, the case gate every service passes, and the case service. */
package org.opora.patronage.impl.internal.cases;
