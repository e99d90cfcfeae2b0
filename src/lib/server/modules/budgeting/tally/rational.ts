/**
 * Exact fractions on BigInt. Money and shares in a tally are never floating point, so that a result
 * can be recounted by anyone and comes out the same to the last cent.
 */

/** Always reduced, with a positive denominator, so that equal values have equal fields. */
export interface Rational {
	readonly num: bigint;
	readonly den: bigint;
}

export function gcd(a: bigint, b: bigint): bigint {
	let x = a < 0n ? -a : a;
	let y = b < 0n ? -b : b;
	while (y !== 0n) [x, y] = [y, x % y];
	return x;
}

export function rational(num: bigint, den: bigint = 1n): Rational {
	if (den === 0n) throw new RangeError('A fraction cannot have denominator 0');
	if (den < 0n) return rational(-num, -den);
	const divisor = gcd(num, den);
	return divisor === 1n ? { num, den } : { num: num / divisor, den: den / divisor };
}

export const ZERO: Rational = { num: 0n, den: 1n };

export function fromInteger(value: bigint | number): Rational {
	return { num: BigInt(value), den: 1n };
}

/** Whole cents (as the database stores money) as an amount in euros. */
export function fromCents(cents: bigint | number): Rational {
	return rational(BigInt(cents), 100n);
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** "969245.38", "-3", "0.5"; null for anything else (no exponents, no thousands separators). */
export function parseDecimalOrNull(text: string): Rational | null {
	const match = DECIMAL.exec(text);
	if (!match) return null;
	const [, sign, whole, fraction = ''] = match;
	const num = BigInt(whole + fraction);
	return rational(sign ? -num : num, 10n ** BigInt(fraction.length));
}

export function parseDecimal(text: string): Rational {
	const value = parseDecimalOrNull(text);
	if (!value) throw new RangeError(`Not a decimal number: "${text}"`);
	return value;
}

/**
 * The exact decimal: "995079", "969245.38", "-0.125". Throws a RangeError when the value has no
 * finite decimal expansion (such as 1/3): rounding it would silently change an exact result.
 */
export function toDecimalString(value: Rational): string {
	let den = value.den;
	let twos = 0;
	let fives = 0;
	while (den % 2n === 0n) [den, twos] = [den / 2n, twos + 1];
	while (den % 5n === 0n) [den, fives] = [den / 5n, fives + 1];
	if (den !== 1n) throw new RangeError(`${value.num}/${value.den} has no finite decimal expansion`);
	const digits = Math.max(twos, fives);
	const scaled = (value.num * 10n ** BigInt(digits)) / value.den;
	const negative = scaled < 0n;
	const text = (negative ? -scaled : scaled).toString().padStart(digits + 1, '0');
	const whole = text.slice(0, text.length - digits);
	const fraction = text.slice(text.length - digits);
	return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

export function add(a: Rational, b: Rational): Rational {
	if (a.den === b.den) return rational(a.num + b.num, a.den);
	return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function sub(a: Rational, b: Rational): Rational {
	return add(a, { num: -b.num, den: b.den });
}

export function mul(a: Rational, b: Rational): Rational {
	return rational(a.num * b.num, a.den * b.den);
}

export function div(a: Rational, b: Rational): Rational {
	if (b.num === 0n) throw new RangeError('Division by zero');
	return rational(a.num * b.den, a.den * b.num);
}

/** Negative, zero or positive as a is smaller than, equal to or larger than b. */
export function compare(a: Rational, b: Rational): number {
	const left = a.num * b.den;
	const right = b.num * a.den;
	return left < right ? -1 : left > right ? 1 : 0;
}

export function isZero(value: Rational): boolean {
	return value.num === 0n;
}

export function sum(values: Iterable<Rational>): Rational {
	let total = ZERO;
	for (const value of values) total = add(total, value);
	return total;
}

/** The least common multiple of the denominators: what turns all these amounts into integers. */
export function commonDenominator(values: Iterable<Rational>): bigint {
	let common = 1n;
	for (const { den } of values) common = (common / gcd(common, den)) * den;
	return common;
}
