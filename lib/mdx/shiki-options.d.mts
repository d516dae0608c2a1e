export declare const CODE_THEMES: { light: string; dark: string };
export declare const CODE_LANGS: string[];
export declare const PLAIN_LANGS: Set<string>;
export declare const LANG_LABELS: Record<string, string>;
