/**
 * The printed forms: the individual support card (the opening record of regulation 004, 5.1, with the diagnosis, the
 * route, the help and the evidence) and the general conclusion (5.4) with its signatures. The forms read through the
 * module's services, none of which needs the platform's DocumentService (which collects the forms: a form must not
 * depend on it, or the two form a reference cycle).
 */
package org.opora.teachersupport.impl.internal.print;
