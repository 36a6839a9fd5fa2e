// The reader pages' one script (`/site.js`, built by `npm run scripts:build` into site-script.min.ts):
// the dashboard's and the reference pages' behaviour without the React runtime, so that a page the
// byte cache serves loads no framework code (issue 12). Every part enhances markup that works
// without it: the filter form, the cells' and the panel's links, the embed and theme buttons.
import { installEmbedDialog } from "./embed-dialog";
import { installHeatmapKeys } from "./heatmap-keys";
import { installSoftNavigation } from "./soft-nav";
import { installThemeToggle } from "./theme-toggle";
import { installTooltip } from "./tooltip";
import { installViewForm } from "./view-form";

// Buttons that need this script become visible, and the filter form's Apply button goes (site.module.css, charts.css).
document.documentElement.dataset.enhanced = "";
installThemeToggle();
installTooltip();
installEmbedDialog();
installSoftNavigation();
installHeatmapKeys();
installViewForm();
