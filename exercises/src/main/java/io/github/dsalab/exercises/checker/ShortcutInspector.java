package io.github.dsalab.exercises.checker;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import io.github.dsalab.exercises.track.Exercise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Rejects shortcuts: reads the learner's file after the compiler has resolved every name in it
 * (javac's tree API) and lists each use of something the exercise does not allow, with its line.
 *
 * <p>Three rules, each a plain sentence to the learner:
 * <ul>
 *   <li>dsa-lab's own classes ({@code io.github.dsalab.*}: dsa-core's algorithms, the exercise
 *       support's helpers) are off limits, except the types the stub itself imports: those are
 *       what the exercise hands over (a {@code Graph}, a {@code BinaryNode}, a {@code Grid}), and
 *       their methods, including inherited ones, stay usable;</li>
 *   <li>the JDK APIs the statement forbids, listed in the manifest as {@code <name>.forbidden}: a
 *       type ({@code java.util.PriorityQueue}: any use of it or a subtype) or a method
 *       ({@code java.util.List.sort}: that method on the type or any subtype, every overload);</li>
 *   <li>reflection and method handles ({@code java.lang.reflect}, {@code java.lang.invoke},
 *       {@code Class.forName} and the rest of {@code Class}'s look-ups, class loaders,
 *       {@code sun.misc.Unsafe}): code the checker cannot see through. Creating a generic array
 *       with {@code java.lang.reflect.Array.newInstance} is allowed: it reaches no code.</li>
 * </ul>
 * Imports are not read (an unused import is no shortcut); what is called through a static import
 * is found at the call.
 *
 * <p>Cost: {@code O(size of the file)} after compilation.
 */
final class ShortcutInspector {
  /** Packages that reach code the checker cannot see. */
  private static final List<String> HIDDEN_PACKAGES = List.of("java.lang.reflect.", "java.lang.invoke.",
      "sun.", "com.sun.", "jdk.internal.", "java.lang.instrument.");
  /** Types of those packages that only create arrays. */
  private static final Set<String> HARMLESS = Set.of("java.lang.reflect.Array");
  /** Class's methods that look nothing up. */
  private static final Set<String> CLASS_PLAIN_METHODS = Set.of("getName", "getSimpleName", "getTypeName",
      "isInstance", "cast", "getComponentType", "isArray", "equals", "hashCode", "toString",
      "desiredAssertionStatus", "isPrimitive", "getCanonicalName");
  private static final Set<String> LOADERS = Set.of("java.lang.ClassLoader", "java.lang.Module", "java.lang.ModuleLayer");
  private static final String LAB = "io.github.dsalab.";
  private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+([\\w.]+)\\s*;");

  private final Exercise exercise;
  private final Path file;
  private final List<String> forbidden;
  private final Set<String> allowedTypes;

  /**
   * @param exercise the exercise (its name opens each sentence)
   * @param file the learner's file, the only one read
   * @param forbidden the manifest's forbidden JDK types and methods, fully qualified
   * @param allowedTypes the dsa-lab types the stub imports
   */
  ShortcutInspector(Exercise exercise, Path file, List<String> forbidden, Set<String> allowedTypes) {
    this.exercise = exercise;
    this.file = file.toAbsolutePath().normalize();
    this.forbidden = List.copyOf(forbidden);
    this.allowedTypes = Set.copyOf(allowedTypes);
  }

  /** The dsa-lab types a stub imports: the ones its exercise hands over. */
  static Set<String> typesUsedBy(Path stub) {
    Set<String> types = new LinkedHashSet<>();
    try {
      Matcher imports = IMPORT.matcher(Files.readString(stub, StandardCharsets.UTF_8));
      while (imports.find()) {
        if (imports.group(1).startsWith(LAB)) {
          types.add(imports.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the stub " + stub, e);
    }
    return types;
  }

  /**
   * Reads the learner's compilation unit of an analysed task.
   *
   * @return one sentence per shortcut, in line order; empty when there is none
   */
  List<String> inspect(JavacTask task, Iterable<? extends CompilationUnitTree> units) {
    Trees trees = Trees.instance(task);
    Elements elements = task.getElements();
    Types types = task.getTypes();
    List<Rule> rules = new ArrayList<>();
    for (String entry : forbidden) {
      rules.add(Rule.resolve(entry, elements));
    }
    handedOver.clear();
    handedOver.addAll(closure(allowedTypes, elements, types));
    TreeMap<Long, String> found = new TreeMap<>();
    for (CompilationUnitTree unit : units) {
      if (!Paths.get(unit.getSourceFile().toUri()).toAbsolutePath().normalize().equals(file)) {
        continue;
      }
      declaredHere.clear();
      new TreePathScanner<Void, Void>() {
        @Override
        public Void visitClass(ClassTree tree, Void unused) {
          Element declared = trees.getElement(getCurrentPath());
          if (declared instanceof TypeElement) {
            declaredHere.add(((TypeElement) declared).getQualifiedName().toString());
          }
          return super.visitClass(tree, unused);
        }
      }.scan(unit, null);
      new TreePathScanner<Void, Void>() {
        @Override
        public Void visitImport(ImportTree tree, Void unused) {
          return null;
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
          check(new TreePath(getCurrentPath(), tree.getMethodSelect()), tree);
          return super.visitMethodInvocation(tree, unused);
        }

        @Override
        public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
          check(getCurrentPath(), tree);
          return super.visitMemberReference(tree, unused);
        }

        @Override
        public Void visitNewClass(NewClassTree tree, Void unused) {
          check(getCurrentPath(), tree);
          return super.visitNewClass(tree, unused);
        }

        @Override
        public Void visitIdentifier(IdentifierTree tree, Void unused) {
          checkType(getCurrentPath(), tree);
          return super.visitIdentifier(tree, unused);
        }

        @Override
        public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
          checkType(getCurrentPath(), tree);
          return super.visitMemberSelect(tree, unused);
        }

        private void checkType(TreePath path, Tree tree) {
          Element element = trees.getElement(path);
          if (element instanceof TypeElement) {
            String problem = typeProblem((TypeElement) element, types, elements, rules);
            if (problem != null) {
              record(tree, "uses " + ((TypeElement) element).getQualifiedName() + problem);
            }
          }
        }

        private void check(TreePath path, Tree tree) {
          Element element = trees.getElement(path);
          if (!(element instanceof ExecutableElement) || !(element.getEnclosingElement() instanceof TypeElement)) {
            return;
          }
          TypeElement owner = (TypeElement) element.getEnclosingElement();
          String problem = methodProblem((ExecutableElement) element, owner, types, elements, rules);
          if (problem != null) {
            String name = element.getKind() == ElementKind.CONSTRUCTOR
                ? "creates a " + owner.getQualifiedName() : "calls " + owner.getQualifiedName() + "." + element.getSimpleName();
            record(tree, name + problem);
          }
        }

        private void record(Tree tree, String sentence) {
          long line = unit.getLineMap().getLineNumber(trees.getSourcePositions().getStartPosition(unit, tree));
          found.putIfAbsent(line,
              exercise.name() + ": line " + line + " " + sentence);
        }
      }.scan(unit, null);
    }
    return new ArrayList<>(found.values());
  }

  /** A manifest entry: a type, or a method (every overload) of a type and its subtypes. */
  private static final class Rule {
    final TypeElement type;
    final String method;

    Rule(TypeElement type, String method) {
      this.type = type;
      this.method = method;
    }

    static Rule resolve(String entry, Elements elements) {
      TypeElement type = elements.getTypeElement(entry);
      if (type != null) {
        return new Rule(type, null);
      }
      int dot = entry.lastIndexOf('.');
      type = dot < 0 ? null : elements.getTypeElement(entry.substring(0, dot));
      if (type == null) {
        throw new IllegalArgumentException("track.properties: forbidden entry " + entry
            + " is neither a JDK type nor a method of one");
      }
      return new Rule(type, entry.substring(dot + 1));
    }
  }

  private String methodProblem(ExecutableElement method, TypeElement owner, Types types, Elements elements,
      List<Rule> rules) {
    for (Rule rule : rules) {
      boolean sameName = rule.method == null || rule.method.contentEquals(method.getSimpleName())
          || (rule.method.equals(rule.type.getSimpleName().toString()) && method.getKind() == ElementKind.CONSTRUCTOR);
      if (sameName && isSubtype(owner, rule.type, types)) {
        return ", which this exercise asks you to write yourself.";
      }
    }
    String ownerName = owner.getQualifiedName().toString();
    if (ownerName.equals("java.lang.Class") && !CLASS_PLAIN_METHODS.contains(method.getSimpleName().toString())) {
      return REFLECTION;
    }
    if (ownerName.equals("java.lang.Runtime") && method.getSimpleName().contentEquals("exec")) {
      return ": starting other programs is not allowed in an exercise.";
    }
    return typeProblem(owner, types, elements, rules);
  }

  private static final String REFLECTION = ": reflection and method handles are not allowed in an exercise, since the"
      + " checker cannot see what they call; call the methods directly.";

  /** Why using {@code type} is not allowed, or null if it is. */
  private String typeProblem(TypeElement type, Types types, Elements elements, List<Rule> rules) {
    String name = type.getQualifiedName().toString();
    for (Rule rule : rules) {
      if (rule.method == null && isSubtype(type, rule.type, types)) {
        return ", which this exercise asks you to write yourself.";
      }
    }
    if (!HARMLESS.contains(name)) {
      for (String hidden : HIDDEN_PACKAGES) {
        if (name.startsWith(hidden)) {
          return REFLECTION;
        }
      }
      if (LOADERS.contains(name) || isSubtype(type, elements.getTypeElement("java.lang.ClassLoader"), types)) {
        return REFLECTION;
      }
    }
    if (name.startsWith(LAB) && !ownClass(name) && !allowed(type, types, elements)) {
      String offered = allowedTypes.isEmpty() ? "this exercise needs none of dsa-lab's classes"
          : "of dsa-lab's types you may use only those the stub uses: " + String.join(", ", simpleNames());
      return ", from dsa-lab's own library: this exercise asks you to write it yourself (" + offered + ").";
    }
    return null;
  }

  /** The types the learner's file declares (its class, nested and helper classes). */
  private final Set<String> declaredHere = new HashSet<>();

  private boolean ownClass(String name) {
    return declaredHere.contains(name);
  }

  /** The allowed types and the dsa-lab types their public methods take or return, transitively. */
  private final Set<String> handedOver = new HashSet<>();

  private static Set<String> closure(Set<String> start, Elements elements, Types types) {
    Set<String> reached = new LinkedHashSet<>(start);
    List<String> queue = new ArrayList<>(start);
    while (!queue.isEmpty()) {
      TypeElement type = elements.getTypeElement(queue.remove(queue.size() - 1));
      if (type == null) {
        continue;
      }
      for (Element member : elements.getAllMembers(type)) {
        if (!(member instanceof ExecutableElement) || !member.getModifiers().contains(javax.lang.model.element.Modifier.PUBLIC)) {
          continue;
        }
        ExecutableElement method = (ExecutableElement) member;
        List<TypeMirror> signature = new ArrayList<>();
        signature.add(method.getReturnType());
        method.getParameters().forEach(parameter -> signature.add(parameter.asType()));
        for (TypeMirror mirror : signature) {
          Element named = types.asElement(types.erasure(mirror));
          if (named instanceof TypeElement) {
            String name = ((TypeElement) named).getQualifiedName().toString();
            if (name.startsWith(LAB) && reached.add(name)) {
              queue.add(name);
            }
          }
        }
      }
    }
    return reached;
  }

  /**
   * An allowed type (one the stub uses, or one their public methods hand over), one nested in
   * it, or one of its supertypes (whose methods it inherits).
   */
  private boolean allowed(TypeElement type, Types types, Elements elements) {
    String name = type.getQualifiedName().toString();
    for (String allowed : handedOver) {
      if (name.equals(allowed) || name.startsWith(allowed + ".")) {
        return true;
      }
      TypeElement allowedType = elements.getTypeElement(allowed);
      if (allowedType != null && isSubtype(allowedType, type, types)) {
        return true;
      }
    }
    return false;
  }

  private List<String> simpleNames() {
    List<String> names = new ArrayList<>();
    for (String type : allowedTypes) {
      names.add(type.substring(type.lastIndexOf('.') + 1));
    }
    return names;
  }

  private static boolean isSubtype(TypeElement type, TypeElement of, Types types) {
    if (of == null) {
      return false;
    }
    TypeMirror a = types.erasure(type.asType());
    TypeMirror b = types.erasure(of.asType());
    return types.isSubtype(a, b);
  }
}
