/** The diagnosis of a teacher's difficulties (regulation 004, section 4). */
package org.opora.teachersupport.impl.internal.diagnosis;
