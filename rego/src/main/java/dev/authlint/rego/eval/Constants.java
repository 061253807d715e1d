package dev.authlint.rego.eval;

import dev.authlint.rego.ast.ArrayTerm;
import dev.authlint.rego.ast.ObjectTerm;
import dev.authlint.rego.ast.Scalar;
import dev.authlint.rego.ast.SetTerm;
import dev.authlint.rego.ast.Term;
import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** Values of terms that contain no variables, refs, calls or comprehensions. */
final class Constants {

    private Constants() {
    }

    /** The value of {@code t} if it is a constant, else null. */
    static Value valueOf(Term t) {
        if (t instanceof Scalar s) {
            return s.value();
        }
        if (t instanceof ArrayTerm a) {
            List<Value> items = values(a.elements());
            return items == null ? null : ArrayValue.of(items);
        }
        if (t instanceof SetTerm s) {
            List<Value> items = values(s.elements());
            return items == null ? null : SetValue.of(items);
        }
        if (t instanceof ObjectTerm o) {
            ObjectValue.Builder b = ObjectValue.builder();
            for (ObjectTerm.Entry e : o.entries()) {
                Value k = valueOf(e.key());
                Value v = valueOf(e.value());
                if (k == null || v == null) {
                    return null;
                }
                b.put(k, v);
            }
            return b.build();
        }
        return null;
    }

    private static List<Value> values(List<Term> terms) {
        List<Value> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            Value v = valueOf(t);
            if (v == null) {
                return null;
            }
            out.add(v);
        }
        return out;
    }
}
