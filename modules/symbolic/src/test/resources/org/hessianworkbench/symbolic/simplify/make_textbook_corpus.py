# The textbook corpus: functions of one variable a course differentiates twice, each derivative with
# SymPy's simplify() result written in the expression language and its count_ops() (SymPy's definition:
# one per +, -, unary minus, *, /, ^ and function; a non-integer rational counts a DIV, a negative number a
# NEG, u^-1 a DIV, sqrt(u) = u^(1/2) a POW and a DIV), and where a statistics text writes a derivative
# with the logistic function, that form (checked here against the derivative) with its count_ops (sigmoid
# counted as one function). Run from this directory:
#   python3 make_textbook_corpus.py > textbook-corpus.tsv
# (SymPy 1.14.0, Python 3). The tests read the TSV; they never run Python.
import sys
import sympy as sp

NAMES = ['x', 'b', 'a', 'mu', 'sigma', 'y', 'p', 'eta']
SYMS = {n: sp.Symbol(n) for n in NAMES}
LOCAL = dict(SYMS)
LOCAL.update({'exp': sp.exp, 'log': sp.log, 'sqrt': sp.sqrt, 'sin': sp.sin, 'cos': sp.cos, 'tanh': sp.tanh,
              'cosh': sp.cosh, 'sinh': sp.sinh, 'sigmoid': lambda z: 1 / (1 + sp.exp(-z))})
SIG = sp.Function('sigmoid')
SIGLOCAL = dict(SYMS)
SIGLOCAL.update({k: v for k, v in LOCAL.items() if k != 'sigmoid'})
SIGLOCAL['sigmoid'] = SIG

# name, f, variable, sigmoid forms of the first and second derivative (or None)
CORPUS = [
    ('rational-bump', 'x/(1 + x^2)', 'x', None),
    ('hypot', 'sqrt(1 + x^2)', 'x', None),
    ('root-power', 'x^(1/2)', 'x', None),
    ('sqrt', 'sqrt(x)', 'x', None),
    ('power-3/2', 'x^(3/2)', 'x', None),
    ('inverse-root', '1/sqrt(x)', 'x', None),
    ('softplus-bx', 'log(1 + exp(b*x))', 'x', ('b*sigmoid(b*x)', 'b^2*sigmoid(b*x)*(1 - sigmoid(b*x))')),
    ('root-over-sum', 'sqrt(x)/(1 + x)', 'x', None),
    ('reciprocal', '1/(1 + x)', 'x', None),
    ('cauchy', '1/(1 + x^2)', 'x', None),
    ('square-over-sum', 'x^2/(1 + x)', 'x', None),
    ('mobius', '(x - 1)/(x + 1)', 'x', None),
    ('x-exp', 'x*exp(-x)', 'x', None),
    ('gauss', 'exp(-x^2/2)', 'x', None),
    ('gamma-kernel', 'x^2*exp(-x)', 'x', None),
    ('log-over-x', 'log(x)/x', 'x', None),
    ('x-log', 'x*log(x)', 'x', None),
    ('log-cauchy', 'log(1 + x^2)', 'x', None),
    ('logistic-exp', 'exp(x)/(1 + exp(x))', 'x',
     ('sigmoid(x)*(1 - sigmoid(x))', 'sigmoid(x)*(1 - sigmoid(x))*(1 - 2*sigmoid(x))')),
    ('logistic-recip', '1/(1 + exp(-x))', 'x',
     ('sigmoid(x)*(1 - sigmoid(x))', 'sigmoid(x)*(1 - sigmoid(x))*(1 - 2*sigmoid(x))')),
    ('sigmoid', 'sigmoid(x)', 'x',
     ('sigmoid(x)*(1 - sigmoid(x))', 'sigmoid(x)*(1 - sigmoid(x))*(1 - 2*sigmoid(x))')),
    ('log-sigmoid', 'log(sigmoid(x))', 'x', ('1 - sigmoid(x)', '-sigmoid(x)*(1 - sigmoid(x))')),
    ('swish', 'x*sigmoid(x)', 'x',
     ('sigmoid(x)*(1 + x*(1 - sigmoid(x)))', 'sigmoid(x)*(1 - sigmoid(x))*(2 + x*(1 - 2*sigmoid(x)))')),
    ('tanh', 'tanh(x)', 'x', None),
    ('log-cosh', 'log(cosh(x))', 'x', None),
    ('sin-squared', 'sin(x)^2', 'x', None),
    ('sin-cos', 'sin(x)*cos(x)', 'x', None),
    ('exp-sin', 'exp(sin(x))', 'x', None),
    ('normal-mean', '(x - mu)^2/(2*sigma^2)', 'x', None),
    ('normal-scale', 'log(sigma) + (x - mu)^2/(2*sigma^2)', 'sigma', None),
    ('bernoulli', '-y*log(p) - (1 - y)*log(1 - p)', 'p', None),
    ('poisson', 'exp(eta) - y*eta', 'eta', None),
    ('logistic-loss', 'log(1 + exp(eta)) - y*eta', 'eta', ('sigmoid(eta) - y', 'sigmoid(eta)*(1 - sigmoid(eta))')),
    ('x-over-hypot', 'x/sqrt(1 + x^2)', 'x', None),
    ('cube', '(1 + x)^3', 'x', None),
    ('power-of-sum', '(1 + x^2)^(3/2)', 'x', None),
    ('cubic', 'x^3 - 3*x^2 + 3*x', 'x', None),
    ('hypot-a', 'sqrt(x^2 + a^2)', 'x', None),
    ('asinh', 'log(x + sqrt(1 + x^2))', 'x', None),
    ('x2-log', 'x^2*log(x)', 'x', None),
    ('logistic-neg', 'exp(-b*x)/(1 + exp(-b*x))', 'x',
     ('-b*sigmoid(b*x)*(1 - sigmoid(b*x))', '-b^2*sigmoid(b*x)*(1 - sigmoid(b*x))*(1 - 2*sigmoid(b*x))')),
    ('partial-fractions', '1/(x*(1 + x))', 'x', None),
    ('logit', 'log(x/(1 - x))', 'x', None),
    ('logistic-density', 'exp(x)/(1 + exp(x))^2', 'x',
     ('sigmoid(x)*(1 - sigmoid(x))*(1 - 2*sigmoid(x))', 'sigmoid(x)*(1 - sigmoid(x))*(1 - 6*sigmoid(x)*(1 - sigmoid(x)))')),
    ('softplus-neg', 'log(1 + exp(-x))', 'x', ('sigmoid(x) - 1', 'sigmoid(x)*(1 - sigmoid(x))')),
    ('least-squares', '(y - exp(b*x))^2/2', 'b', None),
    ('power-a', 'x^a', 'x', None),
    ('square-denominator', '1/(x^2 + 2*x + 1)', 'x', None),
    ('removable', '(x^2 - 1)/(x - 1)', 'x', None),
    ('x-over-exp-sum', 'x/(1 + exp(x))', 'x', None),
]

ALLOWED = {'exp', 'log', 'sqrt', 'sin', 'cos', 'tanh', 'cosh', 'sinh', 'sigmoid'}


def text(e):
    s = sp.sstr(e).replace('**', '^')
    for f in e.atoms(sp.Function):
        assert type(f).__name__ in ALLOWED, (e, f)
    return s


def parse(s, local, evaluate=True):
    return sp.parse_expr(s.replace('^', '**'), local_dict=local, evaluate=evaluate)


def main():
    out = sys.stdout
    out.write('# made by make_textbook_corpus.py (SymPy ' + sp.__version__ + '): name, f, variable, order, '
              'SymPy simplify of the derivative, its count_ops, sigmoid form (- for none), its count_ops\n')
    for name, f, v, sig in CORPUS:
        e = parse(f, LOCAL)
        x = SYMS[v]
        for order in (1, 2):
            d = sp.diff(e, x, order)
            s = sp.simplify(d)
            # the printed form reads back to the same count
            assert sp.count_ops(parse(text(s), LOCAL)) == sp.count_ops(s), (name, s)
            form, ops = '-', '-'
            if sig is not None:
                form = sig[order - 1]
                fs = parse(form, SIGLOCAL)
                ops = str(sp.count_ops(fs))
                as_exp = fs.replace(SIG, lambda z: 1 / (1 + sp.exp(-z)))
                assert sp.simplify(as_exp - d) == 0, (name, order, form)
            out.write('\t'.join([name, f, v, str(order), text(s), str(sp.count_ops(s)), form, ops]) + '\n')


main()
