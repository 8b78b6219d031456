import { Box } from '@mantine/core';
import { HeatmapChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { type ComposeOption, init, use as registerChartParts } from 'echarts/core';
import type { HeatmapSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  MarkPointComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the parts the screens use, so the chart chunk stays small.
registerChartParts([
  LineChart,
  HeatmapChart,
  VisualMapComponent,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  AriaComponent,
  SVGRenderer,
]);

export type EChartOption = ComposeOption<
  | LineSeriesOption
  | HeatmapSeriesOption
  | VisualMapComponentOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkAreaComponentOption
  | MarkLineComponentOption
  | MarkPointComponentOption
  | AriaComponentOption
>;

/** What a click on the chart reports: the series or marker and its data item. */
export interface EChartClick {
  componentType: string;
  seriesName?: string;
  data: unknown;
}

interface EChartProps {
  option: EChartOption;
  height: number;
  /** What the chart shows, in words: screen readers read it instead of the drawing. */
  label: string;
  onClick?: (event: EChartClick) => void;
}

/** An Apache ECharts chart: created on mount, updated when `option` changes, resized with its box, disposed on unmount. */
export function EChart({ option, height, label, onClick }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);
  const clickHandler = useRef(onClick);

  useEffect(() => {
    clickHandler.current = onClick;
  }, [onClick]);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = init(element, null, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (event) => clickHandler.current?.(event as EChartClick));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // Replace rather than merge, so series and markers that went away leave the chart. The chart
    // element becomes role="img" with the description as its name.
    chart.current?.setOption({ ...option, aria: { enabled: true, label: { description: label } } }, { notMerge: true });
  }, [option, label]);

  return <Box ref={box} h={height} w="100%" />;
}
