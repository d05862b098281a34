package org.hessianworkbench.grading.exercise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hessianworkbench.derivatives.error.InternalException;
import org.hessianworkbench.grading.GradingMessages;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The sandbox's first wall: reads every compiled class of a solution with ASM, before anything of it
 * runs, and lists each use of an API outside what a numerical solution needs. Every reference in the
 * bytecode is checked: the classes it extends and implements, the types of its fields and methods,
 * each method call, field access and type instruction ({@code new}, casts, arrays, {@code
 * instanceof}), each class constant, and each {@code invokedynamic} (only the compiler's lambda,
 * string-concatenation and record bootstraps, whose method handles are checked as calls). A class
 * that declares a native method is refused.
 *
 * <p>Allowed, by class and member: {@code java.lang} basics (Object, Math, StrictMath, String,
 * StringBuilder, the boxed numbers, Character, Boolean, Enum, Record, Throwable and the exceptions and
 * errors, {@code System.out}, {@code System.err}, {@code System.arraycopy}, {@code System.nanoTime},
 * {@code Class.getName}), printing ({@code PrintStream.print*}), the {@code java.util} collections,
 * Arrays, Objects, Optional, Random, {@code java.util.function} and sequential {@code java.util.stream},
 * the exercise API, {@code org.hipparchus.util.FastMath} and {@code org.hipparchus.special}. Everything
 * else is refused, in particular files, network, processes, threads and parallel streams, reflection and
 * method handles, class loaders, {@code System.exit}, {@code getenv}, {@code getProperty}, {@code
 * setOut} and native libraries. The solution's own classes may use each other freely: their supertypes
 * are themselves held to the allowlist, so nothing is reached through them.
 *
 * <p>Stateless; the lists are immutable.
 */
final class SolutionAllowlist {

    /** Forbidden uses listed at most. */
    static final int MAX_USES = 10;

    /**
     * One use of a forbidden API.
     *
     * @param api  what is used: {@code java.lang.ProcessBuilder.start}, {@code new java.io.File},
     *             {@code java.lang.Thread} (a type), {@code native method MySolution.f}
     * @param file the source file (from the class file), or null
     * @param line the source line, or 0 when the class file does not tell
     * @param rank how telling the use is, among uses on the same line: 0 a method, constructor or
     *             field (in the order of the bytecode), 1 a type
     */
    record Use(String api, String file, int line, int rank) {
        /** {@code java.lang.ProcessBuilder.start (Hostile.java:12)}. */
        String describe() {
            return api + (file == null ? "" : " (" + file + (line > 0 ? ":" + line : "") + ")");
        }
    }

    /** Which members of a class are allowed. */
    private record Rule(boolean all, Set<String> members) {
        static Rule allOf() {
            return new Rule(true, Set.of());
        }

        static Rule only(String... members) {
            return new Rule(false, Set.of(members));
        }

        static Rule allBut(String... members) {
            return new Rule(true, Set.of(members));
        }

        /** Whether member {@code name} is allowed ({@code prefix*} entries match by prefix). */
        boolean allows(String name) {
            boolean listed = false;
            for (String m : members) {
                listed |= m.endsWith("*") ? name.startsWith(m.substring(0, m.length() - 1)) : name.equals(m);
            }
            return all != listed;
        }

        /** Whether a solution may extend or implement the class (only classes allowed whole). */
        boolean supertype() {
            return all && members.isEmpty();
        }
    }

    /** The allowed classes by internal name; classes matched by {@link #byPattern} are added there. */
    private static final Map<String, Rule> CLASSES = Map.ofEntries(
            Map.entry("java/lang/Object", Rule.allOf()),
            Map.entry("java/lang/Math", Rule.allOf()),
            Map.entry("java/lang/StrictMath", Rule.allOf()),
            Map.entry("java/lang/String", Rule.allOf()),
            Map.entry("java/lang/StringBuilder", Rule.allOf()),
            Map.entry("java/lang/StringBuffer", Rule.allOf()),
            Map.entry("java/lang/CharSequence", Rule.allOf()),
            Map.entry("java/lang/Number", Rule.allOf()),
            Map.entry("java/lang/Byte", Rule.allOf()),
            Map.entry("java/lang/Short", Rule.allOf()),
            Map.entry("java/lang/Integer", Rule.allOf()),
            Map.entry("java/lang/Long", Rule.allOf()),
            Map.entry("java/lang/Float", Rule.allOf()),
            Map.entry("java/lang/Double", Rule.allOf()),
            Map.entry("java/lang/Character", Rule.allOf()),
            Map.entry("java/lang/Boolean", Rule.allOf()),
            Map.entry("java/lang/Void", Rule.allOf()),
            Map.entry("java/lang/Enum", Rule.allOf()),
            Map.entry("java/lang/Record", Rule.allOf()),
            Map.entry("java/lang/Throwable", Rule.allOf()),
            Map.entry("java/lang/Comparable", Rule.allOf()),
            Map.entry("java/lang/Iterable", Rule.allOf()),
            Map.entry("java/lang/Cloneable", Rule.allOf()),
            Map.entry("java/lang/AutoCloseable", Rule.allOf()),
            Map.entry("java/lang/Runnable", Rule.allOf()),
            Map.entry("java/io/Serializable", Rule.allOf()),
            // a class literal's name, and the assertion status javac reads for `assert`
            Map.entry("java/lang/Class", Rule.only("getName", "getSimpleName", "desiredAssertionStatus")),
            Map.entry("java/lang/System", Rule.only("out", "err", "arraycopy", "nanoTime", "currentTimeMillis",
                    "identityHashCode", "lineSeparator")),
            // printing, into the output the checking JVM captures
            Map.entry("java/io/PrintStream", Rule.only("print", "println", "printf", "format", "write", "append",
                    "flush")),
            Map.entry("java/util/Collection", Rule.allOf()),
            Map.entry("java/util/List", Rule.allOf()),
            Map.entry("java/util/Set", Rule.allOf()),
            Map.entry("java/util/SortedSet", Rule.allOf()),
            Map.entry("java/util/NavigableSet", Rule.allOf()),
            Map.entry("java/util/Map", Rule.allOf()),
            Map.entry("java/util/Map$Entry", Rule.allOf()),
            Map.entry("java/util/SortedMap", Rule.allOf()),
            Map.entry("java/util/NavigableMap", Rule.allOf()),
            Map.entry("java/util/Queue", Rule.allOf()),
            Map.entry("java/util/Deque", Rule.allOf()),
            Map.entry("java/util/Iterator", Rule.allOf()),
            Map.entry("java/util/ListIterator", Rule.allOf()),
            Map.entry("java/util/PrimitiveIterator$OfInt", Rule.allOf()),
            Map.entry("java/util/PrimitiveIterator$OfDouble", Rule.allOf()),
            Map.entry("java/util/PrimitiveIterator$OfLong", Rule.allOf()),
            Map.entry("java/util/RandomAccess", Rule.allOf()),
            Map.entry("java/util/Comparator", Rule.allOf()),
            Map.entry("java/util/AbstractCollection", Rule.allOf()),
            Map.entry("java/util/AbstractList", Rule.allOf()),
            Map.entry("java/util/AbstractSet", Rule.allOf()),
            Map.entry("java/util/AbstractMap", Rule.allOf()),
            Map.entry("java/util/AbstractQueue", Rule.allOf()),
            Map.entry("java/util/ArrayList", Rule.allOf()),
            Map.entry("java/util/LinkedList", Rule.allOf()),
            Map.entry("java/util/ArrayDeque", Rule.allOf()),
            Map.entry("java/util/PriorityQueue", Rule.allOf()),
            Map.entry("java/util/HashMap", Rule.allOf()),
            Map.entry("java/util/LinkedHashMap", Rule.allOf()),
            Map.entry("java/util/TreeMap", Rule.allOf()),
            Map.entry("java/util/IdentityHashMap", Rule.allOf()),
            Map.entry("java/util/EnumMap", Rule.allOf()),
            Map.entry("java/util/HashSet", Rule.allOf()),
            Map.entry("java/util/LinkedHashSet", Rule.allOf()),
            Map.entry("java/util/TreeSet", Rule.allOf()),
            Map.entry("java/util/EnumSet", Rule.allOf()),
            Map.entry("java/util/BitSet", Rule.allOf()),
            Map.entry("java/util/Arrays", Rule.allOf()),
            Map.entry("java/util/Collections", Rule.allOf()),
            Map.entry("java/util/Objects", Rule.allOf()),
            Map.entry("java/util/Optional", Rule.allOf()),
            Map.entry("java/util/OptionalDouble", Rule.allOf()),
            Map.entry("java/util/OptionalInt", Rule.allOf()),
            Map.entry("java/util/OptionalLong", Rule.allOf()),
            Map.entry("java/util/StringJoiner", Rule.allOf()),
            Map.entry("java/util/Random", Rule.allOf()),
            Map.entry("java/util/SplittableRandom", Rule.allOf()),
            Map.entry("java/util/DoubleSummaryStatistics", Rule.allOf()),
            Map.entry("java/util/IntSummaryStatistics", Rule.allOf()),
            Map.entry("java/util/LongSummaryStatistics", Rule.allOf()),
            // formatting numbers with Locale.ROOT; changing the default would change the grader's formatting
            Map.entry("java/util/Locale", Rule.allBut("setDefault")),
            Map.entry("java/util/stream/BaseStream", Rule.allOf()),
            Map.entry("java/util/stream/Stream", Rule.allOf()),
            Map.entry("java/util/stream/IntStream", Rule.allOf()),
            Map.entry("java/util/stream/LongStream", Rule.allOf()),
            Map.entry("java/util/stream/DoubleStream", Rule.allOf()),
            Map.entry("java/util/stream/Collectors", Rule.allOf()),
            Map.entry("java/util/stream/Collector", Rule.allOf()),
            Map.entry("org/hipparchus/util/FastMath", Rule.allOf()));

    /** The bootstrap methods javac emits: lambdas and method references, string concatenation, records. */
    private static final Set<String> BOOTSTRAPS = Set.of(
            "java/lang/invoke/LambdaMetafactory.metafactory", "java/lang/invoke/LambdaMetafactory.altMetafactory",
            "java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
            "java/lang/invoke/StringConcatFactory.makeConcat", "java/lang/runtime/ObjectMethods.bootstrap");

    /** Packages allowed whole. */
    private static final List<String> PACKAGES = List.of("java/util/function/", "org/hipparchus/special/",
            "org/hessianworkbench/exercise/api/");

    private SolutionAllowlist() {
    }

    /**
     * The forbidden uses in the classes under {@code classes}, in source order (the most telling use
     * of a line first); empty when the solution keeps to the allowlist.
     *
     * @param classes the directory the solution was compiled into. Not modified.
     */
    static List<Use> check(Path classes) {
        List<byte[]> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(classes)) {
            for (Path p : (Iterable<Path>) all.filter(f -> f.toString().endsWith(".class")).sorted()::iterator) {
                files.add(Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new InternalException(e, GradingMessages.SOLUTION_NOT_COMPILED, e.getMessage());
        }
        return check(files);
    }

    /** The forbidden uses in these class files (one solution's classes), as {@link #check(Path)}. */
    static List<Use> check(List<byte[]> classFiles) {
        Set<String> own = new HashSet<>();
        Set<String> declared = new HashSet<>();
        List<ClassReader> readers = new ArrayList<>();
        for (byte[] b : classFiles) {
            ClassReader r = new ClassReader(b);
            own.add(r.getClassName());
            readers.add(r);
            r.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    declared.add(r.getClassName() + "." + name);
                    return null;
                }
            }, ClassReader.SKIP_CODE);
        }
        Set<Use> uses = new LinkedHashSet<>();
        for (ClassReader r : readers) {
            r.accept(new Checker(own, declared, uses), 0);
        }
        List<Use> sorted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Use u : uses.stream().sorted(Comparator.comparing((Use u) -> u.file() == null ? "" : u.file())
                .thenComparingInt(Use::line).thenComparingInt(Use::rank)).toList()) {
            if (seen.add(u.describe())) {
                sorted.add(u);
            }
        }
        return List.copyOf(sorted);
    }

    /** The rule for a class, or null when it is not allowed at all. */
    private static Rule rule(String internalName) {
        Rule r = CLASSES.get(internalName);
        if (r != null) {
            return r;
        }
        return byPattern(internalName) ? Rule.allOf() : null;
    }

    /** The exceptions and errors of java.lang and java.util, and the packages allowed whole. */
    private static boolean byPattern(String n) {
        for (String p : PACKAGES) {
            if (n.startsWith(p)) {
                return true;
            }
        }
        for (String p : List.of("java/lang/", "java/util/")) {
            if (n.startsWith(p) && n.indexOf('/', p.length()) < 0
                    && (n.endsWith("Exception") || n.endsWith("Error"))) {
                return true;
            }
        }
        return false;
    }

    /** {@code java.lang.invoke.MethodHandles.Lookup} for {@code java/lang/invoke/MethodHandles$Lookup}. */
    private static String javaName(String internalName) {
        return internalName.replace('/', '.').replace('$', '.');
    }

    /** Walks one class, adding its forbidden uses. */
    private static final class Checker extends ClassVisitor {
        private final Set<String> own;
        /** The solution's own methods, {@code owner.name}. */
        private final Set<String> declared;
        private final Set<Use> uses;
        private String file;
        private String name;
        /** The first line of the class's code, for uses outside code (supertypes, field types). */
        private int firstLine;
        private final List<Use> pending = new ArrayList<>();

        Checker(Set<String> own, Set<String> declared, Set<Use> uses) {
            super(Opcodes.ASM9);
            this.own = own;
            this.declared = declared;
            this.uses = uses;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            this.name = name;
            if (superName != null) {
                supertype(superName);
            }
            for (String i : interfaces) {
                supertype(i);
            }
        }

        @Override
        public void visitSource(String source, String debug) {
            file = source;
        }

        private void supertype(String type) {
            if (own.contains(type)) {
                return;
            }
            Rule r = rule(type);
            if (r == null || !r.supertype()) {
                pending.add(new Use(javaName(type), null, 0, 1));
            }
        }

        @Override
        public FieldVisitor visitField(int access, String fieldName, String descriptor, String signature,
                                       Object value) {
            declared(Type.getType(descriptor));
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String methodName, String descriptor, String signature,
                                         String[] exceptions) {
            if ((access & Opcodes.ACC_NATIVE) != 0) {
                pending.add(new Use("native method " + javaName(name) + "." + methodName, null, 0, 0));
            }
            declared(Type.getMethodType(descriptor));
            return new Code();
        }

        @Override
        public void visitEnd() {
            for (Use u : pending) {
                uses.add(new Use(u.api(), file, u.line() > 0 ? u.line() : firstLine, u.rank()));
            }
        }

        /** The classes in {@code t} (arrays: their element type; methods: arguments and result) not allowed. */
        private List<String> forbiddenTypes(Type t) {
            List<String> found = new ArrayList<>();
            switch (t.getSort()) {
                case Type.ARRAY -> found.addAll(forbiddenTypes(t.getElementType()));
                case Type.METHOD -> {
                    for (Type a : t.getArgumentTypes()) {
                        found.addAll(forbiddenTypes(a));
                    }
                    found.addAll(forbiddenTypes(t.getReturnType()));
                }
                case Type.OBJECT -> {
                    String n = t.getInternalName();
                    if (!own.contains(n) && rule(n) == null) {
                        found.add(javaName(n));
                    }
                }
                default -> {
                    // primitive types and void
                }
            }
            return found;
        }

        /** Uses outside code: reported at the class's first line. */
        private void declared(Type t) {
            forbiddenTypes(t).forEach(n -> pending.add(new Use(n, null, 0, 1)));
        }

        /** The method visitor: every instruction that names a class, a member or a bootstrap. */
        private final class Code extends MethodVisitor {
            private int line;

            Code() {
                super(Opcodes.ASM9);
            }

            @Override
            public void visitLineNumber(int l, Label start) {
                line = l;
                flushHandler();
                if (firstLine == 0 || l < firstLine) {
                    firstLine = l;
                }
            }

            private void add(String api, int rank) {
                uses.add(new Use(api, file, line, rank));
            }

            private void member(String owner, String memberName, String descriptor) {
                if (owner.startsWith("[")) {
                    // clone() of an array, e.g. an enum's values()
                    types(Type.getType(owner));
                    return;
                }
                types(Type.getType(descriptor));
                // parallel streams and sorts run on a pool of threads, also when inherited by the solution's classes
                boolean parallel = memberName.startsWith("parallel") && (owner.startsWith("java/util/")
                        || own.contains(owner) && !declared.contains(owner + "." + memberName));
                if (own.contains(owner) && !parallel) {
                    return;
                }
                Rule r = own.contains(owner) ? null : rule(owner);
                if (r == null || !r.allows(memberName) || parallel) {
                    boolean constructor = memberName.equals("<init>");
                    add(constructor ? "new " + javaName(owner) : javaName(owner) + "." + memberName, 0);
                }
            }

            /** The forbidden classes in {@code t}, at this line. */
            private void types(Type t) {
                forbiddenTypes(t).forEach(n -> add(n, 1));
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String methodName, String descriptor,
                                        boolean isInterface) {
                member(owner, methodName, descriptor);
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String fieldName, String descriptor) {
                member(owner, fieldName, descriptor);
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                types(type.startsWith("[") ? Type.getType(type) : Type.getObjectType(type));
            }

            @Override
            public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
                types(Type.getType(descriptor));
            }

            @Override
            public void visitLdcInsn(Object value) {
                constant(value);
            }

            private void constant(Object value) {
                if (value instanceof Type t) {
                    types(t);
                } else if (value instanceof Handle h) {
                    member(h.getOwner(), h.getName(), h.getDesc());
                } else if (value instanceof ConstantDynamic c) {
                    add("a dynamic constant (" + javaName(c.getBootstrapMethod().getOwner()) + "."
                            + c.getBootstrapMethod().getName() + ")", 0);
                }
            }

            @Override
            public void visitInvokeDynamicInsn(String indyName, String descriptor, Handle bootstrap, Object... args) {
                if (!BOOTSTRAPS.contains(bootstrap.getOwner() + "." + bootstrap.getName())) {
                    add(javaName(bootstrap.getOwner()) + "." + bootstrap.getName(), 0);
                    return;
                }
                types(Type.getMethodType(descriptor));
                for (Object a : args) {
                    constant(a);
                }
            }

            /** The caught types by handler, reported at the handler's line (known once the handler is reached). */
            private final Map<Label, List<String>> caught = new java.util.HashMap<>();

            @Override
            public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                if (type != null) {
                    caught.computeIfAbsent(handler, h -> new ArrayList<>()).addAll(forbiddenTypes(Type.getObjectType(type)));
                }
            }

            @Override
            public void visitLabel(Label label) {
                List<String> types = caught.remove(label);
                if (types != null) {
                    // the handler's line follows its label
                    if (handler == null) {
                        handler = new ArrayList<>();
                    }
                    handler.addAll(types);
                }
            }

            /** Caught types waiting for their handler's line. */
            private List<String> handler;

            private void flushHandler() {
                if (handler != null) {
                    handler.forEach(n -> add(n, 1));
                    handler = null;
                }
            }

            @Override
            public void visitEnd() {
                flushHandler();
                caught.values().forEach(l -> l.forEach(n -> add(n, 1)));
            }
        }
    }
}
