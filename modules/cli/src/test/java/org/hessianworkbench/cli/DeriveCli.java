package org.hessianworkbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.hessianworkbench.cli.WorkbenchCommand;
import org.hessianworkbench.report.Json;

/** Runs {@code workbench derive ...} in-process with captured streams. */
record DeriveCli(int code, String out, String err) {

    static DeriveCli run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "derive";
        System.arraycopy(args, 0, all, 1, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = WorkbenchCommand.run(all, new PrintWriter(out), new PrintWriter(err));
        return new DeriveCli(code, out.toString(), err.toString());
    }

    JsonNode json() {
        try {
            return Json.mapper().readTree(out);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + out, e);
        }
    }
}
