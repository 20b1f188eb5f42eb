import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import TextField from '@material-ui/core/TextField';
import { makeStyles, Theme } from '@material-ui/core/styles';
import { memo } from 'react';
import { BandFilter, ClusterFilters } from '../../lib/filterClusters';

/** Each band with its colour word and threshold, so the filter never relies on colour. */
const BAND_OPTIONS: Array<{ value: BandFilter; label: string }> = [
  { value: 'all', label: 'All bands' },
  { value: 'not-ready', label: 'Red: not production-ready (under 10)' },
  { value: 'partly-ready', label: 'Amber: partly ready (10–19)' },
  { value: 'ready', label: 'Green: production-ready (20 and over)' },
  { value: 'unscored', label: 'Not scored yet' },
];

const useStyles = makeStyles((theme: Theme) => ({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
  },
  search: {
    minWidth: '16rem',
  },
  band: {
    minWidth: '18rem',
  },
}));

/** Props of {@link ReportFilters}. @internal */
export interface ReportFiltersProps {
  filters: ClusterFilters;
  onChange: (filters: ClusterFilters) => void;
}

/**
 * The report's filters: a text search over names and scan errors, a score band, and stale
 * clusters only. The clusters' owners are not part of the report, so there is no owner filter.
 * Memoised: the rows arriving re-render the report, and the filter bar does not change then.
 *
 * @internal
 */
export const ReportFilters = memo(function ReportFiltersView(
  props: ReportFiltersProps,
) {
  const { filters, onChange } = props;
  const classes = useStyles();
  return (
    <div className={classes.root} role="search" aria-label="Filter clusters">
      {/* Ids tie each label to its field, for screen readers and label clicks. */}
      <TextField
        id="readiness-cluster-search"
        className={classes.search}
        label="Search clusters"
        placeholder="Name or scan error"
        variant="outlined"
        size="small"
        type="search"
        value={filters.search}
        onChange={event => onChange({ ...filters, search: event.target.value })}
      />
      <TextField
        id="readiness-band-filter"
        className={classes.band}
        select
        // The browser's own select: quicker to draw, and a native picker on phones.
        SelectProps={{ native: true }}
        label="Score band"
        variant="outlined"
        size="small"
        value={filters.band}
        onChange={event =>
          onChange({
            ...filters,
            band:
              BAND_OPTIONS.find(option => option.value === event.target.value)
                ?.value ?? 'all',
          })
        }
      >
        {BAND_OPTIONS.map(option => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </TextField>
      <FormControlLabel
        control={
          <Checkbox
            checked={filters.staleOnly}
            onChange={event =>
              onChange({ ...filters, staleOnly: event.target.checked })
            }
            color="primary"
          />
        }
        label="Stale only"
      />
    </div>
  );
});
