package org.opora.platform.dbcheck;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;

/** One query per entity of a unit: every mapped column is read, and every boolean is compared with a literal. */
final class EntityQueries {

    private EntityQueries() {
    }

    /** Runs the queries and returns their JPQL, so that a test can say how many ran. */
    static List<String> run(EntityManagerFactory emf) {
        List<String> ran = new ArrayList<>();
        EntityManager em = emf.createEntityManager();
        try {
            for (EntityType<?> entity : emf.getMetamodel().getEntities()) {
                String all = "SELECT e FROM " + entity.getName() + " e";
                assertNotNull(em.createQuery(all, entity.getJavaType()).setMaxResults(5).getResultList(), all);
                ran.add(all);
                for (Attribute<?, ?> a : entity.getAttributes()) {
                    Class<?> type = a.getJavaType();
                    if (a.getPersistentAttributeType() == Attribute.PersistentAttributeType.BASIC
                            && (type == Boolean.class || type == boolean.class)) {
                        // a literal: EclipseLink prints it into the SQL, as the platform writes booleans
                        String literal = "SELECT COUNT(e) FROM " + entity.getName() + " e WHERE e." + a.getName()
                                + " = TRUE OR e." + a.getName() + " = FALSE";
                        assertNotNull(em.createQuery(literal).getSingleResult(), literal);
                        ran.add(literal);
                    }
                }
            }
        } finally {
            em.close();
        }
        return ran;
    }
}
