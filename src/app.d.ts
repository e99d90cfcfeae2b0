import type { App as Samenspel } from '$lib/server/app';
import type { Actor } from '$lib/server/modules/identity';
import type { Locale, Translate } from '$lib/i18n';

declare global {
	namespace App {
		interface Locals {
			app: Samenspel;
			actor: Actor | null;
			locale: Locale;
			t: Translate;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
