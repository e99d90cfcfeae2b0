import { getContext, setContext } from 'svelte';
import { translator, type Locale, type Translate } from './index';

const key = Symbol('translate');

export function provideTranslator(locale: () => Locale): void {
	setContext<Translate>(key, (k, params) => translator(locale())(k, params));
}

/** The translate function of the page's language, inside any component. */
export function useT(): Translate {
	return getContext<Translate>(key);
}
