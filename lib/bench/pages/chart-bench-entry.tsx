import { createRoot } from "react-dom/client";
import "uplot/dist/uPlot.min.css";
import { ChartBench } from "./chart-bench";

/** Entry of the standalone chart bench bundle (lib/bench/page-server.ts builds and serves it). */
const container = document.getElementById("bench");
if (!container) throw new Error("the bench page has no #bench element");
createRoot(container).render(<ChartBench />);
