# Reference values of the expression language's special functions and their first two derivatives,
# computed with mpmath at 200 significant digits from closed forms (the derivatives of log Phi and the
# inverse Mills ratio by lambda' = -lambda (x + lambda)), rounded to 17 digits. Run from this directory:
#   python3 make_special_refs.py > special-functions.csv
# (mpmath 1.3.0). The tests read the CSV; they never run Python.
import mpmath as mp
mp.mp.dps = 200

def lam(x): return mp.npdf(x) / mp.ncdf(x)
def lam1(x): return -lam(x) * (x + lam(x))
def lam2(x): return -lam1(x) * (x + lam(x)) - lam(x) * (1 + lam1(x))
def sig(x): return 1 / (1 + mp.exp(-x))
c = 2 / mp.sqrt(mp.pi)

table = {
    'Phi': lambda x: [mp.ncdf(x), mp.npdf(x), -x * mp.npdf(x)],
    'phi': lambda x: [mp.npdf(x), -x * mp.npdf(x), (x * x - 1) * mp.npdf(x)],
    'logPhi': lambda x: [mp.log(mp.ncdf(x)), lam(x), lam1(x)],
    'invmills': lambda x: [lam(x), lam1(x), lam2(x)],
    'erf': lambda x: [mp.erf(x), c * mp.exp(-x * x), -2 * x * c * mp.exp(-x * x)],
    'erfc': lambda x: [mp.erfc(x), -c * mp.exp(-x * x), 2 * x * c * mp.exp(-x * x)],
    'lgamma': lambda x: [mp.loggamma(x), mp.digamma(x), mp.polygamma(1, x)],
    'digamma': lambda x: [mp.digamma(x), mp.polygamma(1, x), mp.polygamma(2, x)],
    'trigamma': lambda x: [mp.polygamma(1, x), mp.polygamma(2, x), mp.polygamma(3, x)],
    'polygamma2': lambda x: [mp.polygamma(2, x), mp.polygamma(3, x), mp.polygamma(4, x)],
    'polygamma3': lambda x: [mp.polygamma(3, x), mp.polygamma(4, x), mp.polygamma(5, x)],
    'softplus': lambda x: [mp.log(1 + mp.exp(x)), sig(x), sig(x) * (1 - sig(x))],
}
normal = ['-60', '-40', '-38', '-20', '-8', '-5.7', '-5.6', '-3', '-1', '-0.6744', '-0.3', '0', '0.2', '0.7', '1.5', '3',
          '5.7', '8', '9', '20']
positive = ['1e-6', '0.01', '0.5', '1', '1.4616321449683623', '1.5', '2.5', '7', '19.5', '20.5', '35', '100', '1e4',
            '1e8']
points = {'Phi': normal, 'phi': normal, 'logPhi': normal, 'invmills': normal,
          'erf': ['-6', '-2', '-0.5', '0', '0.1', '0.5', '1', '2', '4', '6'],
          'erfc': ['-6', '-2', '-0.5', '0', '0.1', '0.5', '1', '2', '4', '6', '10', '26'],
          'lgamma': positive, 'digamma': positive, 'trigamma': positive, 'polygamma2': positive,
          'polygamma3': positive, 'softplus': ['-800', '-40', '-1', '0', '1', '40', '800']}
print('function,x,value,d1,d2')
for name, f in table.items():
    for p in points[name]:
        print(name + ',' + p + ',' + ','.join('0' if v == 0 else mp.nstr(v, 17, min_fixed=-1, max_fixed=-1)
                                              for v in f(mp.mpf(p))))
