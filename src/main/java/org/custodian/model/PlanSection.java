package org.custodian.model;

/** What kind of work a task is, in the order the sections appear within a phase. */
public enum PlanSection implements Labelled {
    HAND_OVER,
    ACCESS,
    REVIEW,
    NOTIFY,
    FOLLOW_UP
}
