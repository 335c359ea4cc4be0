/** The forms of help given to the supported teacher and the evidence collected (regulation 004, 3.3 to 3.5, 5.2). */
package org.opora.teachersupport.impl.internal.help;
