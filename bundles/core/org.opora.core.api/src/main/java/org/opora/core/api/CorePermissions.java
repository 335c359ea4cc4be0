package org.opora.core.api;

/** The permissions opora-core declares; other modules may check them, e.g. to show a pupil's name. */
public final class CorePermissions {

    /**
     * Open the pupil list and the pupil card (name, class, representatives) of the pupils of the classes the user
     * leads as class teacher or teaches ({@link org.opora.core.api.pupil.ClassService#teacherIds}); of every pupil when
     * the school's setting lets teachers read the whole school, or with {@link #PUPIL_READ_ALL}.
     */
    public static final String PUPIL_READ = "core.pupil.read";
    /**
     * Read every pupil of the school (the list, the card, the export), whatever classes the user works with: the
     * specialists of the service and the administration.
     *
     * @since 1.3
     */
    public static final String PUPIL_READ_ALL = "core.pupil.read-all";
    /** See status flags (OVZ, disability, risk group, guardianship) and their history. */
    public static final String PUPIL_FLAGS = "core.pupil.flags";
    /** Create and edit any pupil, their representatives and flags. */
    public static final String PUPIL_EDIT = "core.pupil.edit";
    /** Edit the pupils of the classes the user leads as class teacher. */
    public static final String PUPIL_EDIT_OWN_CLASS = "core.pupil.edit-own-class";
    /** Archive a pupil who has left the school, and restore one. */
    public static final String PUPIL_ARCHIVE = "core.pupil.archive";
    /** Create classes, appoint class teachers, promote the school to the next academic year. */
    public static final String CLASS_MANAGE = "core.class.manage";
    /** See the staff list and the service structure. */
    public static final String STAFF_READ = "core.staff.read";
    /** Create and edit staff records. */
    public static final String STAFF_MANAGE = "core.staff.manage";
    /** Register orders, appoint the head of service and the members of bodies. */
    public static final String STRUCTURE_MANAGE = "core.structure.manage";
    /** See the register of the service's documents. */
    public static final String DOCUMENT_READ = "core.document.read";
    /** Add documents to the register. */
    public static final String DOCUMENT_EDIT = "core.document.edit";
    /** Record the approval of a document (the head of the school approves plans, 000 §5.1.1). */
    public static final String DOCUMENT_APPROVE = "core.document.approve";
    /**
     * Read every confidential document of the register (the document types the school marks confidential, e.g. the
     * results of an examination, 000 §5.1.2 and §6.1) and every document about a pupil, not only one's own: the head
     * of service and the director by default.
     *
     * @since 1.6
     */
    public static final String DOCUMENT_CONFIDENTIAL = "core.document.confidential";
    /**
     * List the archived documents past their retention period and record an act of destruction (the nomenclature of
     * files, 000 §6.1: keeping the documentation and its safety).
     *
     * @since 1.6
     */
    public static final String DOCUMENT_DESTROY = "core.document.destroy";
    /** See external agencies and the log of interactions. */
    public static final String AGENCY_READ = "core.agency.read";
    /** Edit agencies and record interactions. */
    public static final String AGENCY_EDIT = "core.agency.edit";
    /** Import pupils and staff, export the pupil list. */
    public static final String EXCHANGE = "core.exchange";
    /**
     * See and print the service's annual report (000 §5.1.2): the head of service, the deputy and the director.
     *
     * @since 1.6
     */
    public static final String REPORT_READ = "core.report.read";
    /** Change the school's name, number and director. */
    public static final String SCHOOL_MANAGE = "core.school.manage";

    private CorePermissions() {
    }
}
