/** The duties of the teacher support for the home page ("My duties"). */
package org.opora.teachersupport.impl.internal.duty;
