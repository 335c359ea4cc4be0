/**
 * The social pedagogue's dealings with the bodies that protect minors (regulation 003 section 3.2): the certificate (spravka)
 * (characteristic) of a pupil prepared for the commission on minors' affairs (KDN i ZP), registered with its number
 * and date in the core's document register and printed; and the representation of the minor's interests in court.
 */
@Export
@Version("1.0.0")
package org.opora.patronage.api.legal;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
