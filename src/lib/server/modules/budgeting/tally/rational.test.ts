import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { add, compare, div, fromCents, mul, parseDecimal, parseDecimalOrNull, rational, sub, toDecimalString } from './rational';

describe('exact rationals', () => {
	it('are always reduced with a positive denominator', () => {
		assert.deepEqual(rational(6n, -4n), { num: -3n, den: 2n });
		assert.deepEqual(rational(0n, 7n), { num: 0n, den: 1n });
		assert.throws(() => rational(1n, 0n), RangeError);
	});

	it('read decimals exactly, and nothing else', () => {
		assert.deepEqual(parseDecimal('969245.38'), { num: 48462269n, den: 50n });
		assert.deepEqual(parseDecimal('-0.50'), { num: -1n, den: 2n });
		assert.deepEqual(parseDecimal('007'), { num: 7n, den: 1n });
		for (const bad of ['', '1e5', '1,5', '.5', '5.', ' 5', '+5', 'abc', '1.2.3']) assert.equal(parseDecimalOrNull(bad), null, bad);
		assert.throws(() => parseDecimal('x'), RangeError);
	});

	it('write exact decimals without trailing zeros, and refuse fractions without one', () => {
		assert.equal(toDecimalString(parseDecimal('969245.38')), '969245.38');
		assert.equal(toDecimalString(parseDecimal('995079.000')), '995079');
		assert.equal(toDecimalString(rational(-1n, 8n)), '-0.125');
		assert.equal(toDecimalString(rational(1n, 20n)), '0.05');
		assert.equal(toDecimalString(fromCents(120050)), '1200.5');
		assert.throws(() => toDecimalString(rational(1n, 3n)), RangeError);
	});

	it('add, subtract, multiply, divide and compare exactly', () => {
		const third = rational(1n, 3n);
		const sixth = rational(1n, 6n);
		assert.deepEqual(add(third, sixth), rational(1n, 2n));
		assert.deepEqual(sub(sixth, third), rational(-1n, 6n));
		assert.deepEqual(mul(third, rational(3n, 5n)), rational(1n, 5n));
		assert.deepEqual(div(third, sixth), rational(2n));
		assert.throws(() => div(third, rational(0n)), RangeError);
		assert.equal(compare(third, sixth), 1);
		assert.equal(compare(sixth, third), -1);
		assert.equal(compare(rational(2n, 6n), third), 0);
		// 0.1 + 0.2 is exactly 0.3 here, unlike in floating point.
		assert.equal(compare(add(parseDecimal('0.1'), parseDecimal('0.2')), parseDecimal('0.3')), 0);
	});
});
