package org.hessianworkbench.report;

import org.hessianworkbench.derivatives.error.Message;

/** The messages of the report module: the files it writes. */
public enum ReportMessages implements Message {

    /** An output file in a directory that does not exist: the file as given, its directory. */
    OUTPUT_DIRECTORY_MISSING("%s: the directory %s does not exist"),
    /** An output file that cannot be written (permissions, a full disk): the file as given, the I/O message. */
    OUTPUT_NOT_WRITTEN("%s: cannot write (%s)"),
    /** An output file that is an input file: the output as given, the input as given. */
    OUTPUT_IS_INPUT("the output file %s is the input file %s: writing it would destroy the input; choose another"
            + " output file"),
    /** A plot that cannot be drawn as PNG (a bug): the file as given, the encoder's message. */
    PLOT_NOT_DRAWN("%s: cannot draw the plot (%s)"),
    /** A report that cannot be written as JSON (a bug): the serialiser's message. */
    JSON_NOT_WRITTEN("the report cannot be written as JSON (%s)"),
    /** A gradebook file of another format: the file. */
    GRADEBOOK_FORMAT("%s: a gradebook is a .csv, .json or .html file"),
    /** A gradebook to update that does not exist: the file. */
    GRADEBOOK_MISSING("%s: no gradebook to update (grade the whole class first)"),
    /** A gradebook that cannot be read back: the file, what is wrong. */
    GRADEBOOK_NOT_READ("%s: not a gradebook this workbench wrote (%s)"),
    /** A student to regrade who has no submission: the student, the folder. */
    STUDENT_NOT_FOUND("no submission of student '%s' in %s");

    private final String format;

    ReportMessages(String format) {
        this.format = format;
    }

    @Override
    public String format() {
        return format;
    }
}
