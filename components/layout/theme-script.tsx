/**
 * Runs before first paint so the page never flashes the wrong theme: a chosen
 * theme (localStorage) wins; otherwise the system preference, followed live.
 * Kept tiny and dependency-free because it is inlined into every page.
 */
const SCRIPT = `(function(){try{var k='bypass-theme',d=document.documentElement,m=window.matchMedia('(prefers-color-scheme: dark)');
function apply(){var t=null;try{t=localStorage.getItem(k)}catch(e){}d.dataset.theme=(t==='light'||t==='dark')?t:(m.matches?'dark':'light');d.dataset.themeChosen=t?'true':'false'}
apply();m.addEventListener('change',apply);window.addEventListener('storage',function(e){if(e.key===k)apply()})}catch(e){}})();`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
