import { DataSourcePlugin } from '@grafana/data';
import { DataSource } from './DataSource';
import { ConfigEditor } from './ConfigEditor';
import { QueryEditor } from './QueryEditor';
import type { FlamelensOptions, FlamelensSecureOptions } from './types';
import '../plugin-runtime/publicPath';
import type { FlamelensQuery } from '../src/contract/query';
import '../plugin-runtime/publicPath';

export const plugin = new DataSourcePlugin<DataSource, FlamelensQuery, FlamelensOptions, FlamelensSecureOptions>(
  DataSource
)
  .setConfigEditor(ConfigEditor)
  .setQueryEditor(QueryEditor);
