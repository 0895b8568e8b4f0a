package org.custodian.ui.dashboard;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.custodian.ui.Forms;
import org.custodian.ui.Screen;
import org.custodian.ui.dashboard.DashboardViewModel.FindingCount;

/** The dashboard: findings by type (click to see them), a chart, renewals, rotations and open departures. */
public final class DashboardView implements Screen {
    private final DashboardViewModel model;
    private final Runnable openDepartures;
    private Parent root;

    public DashboardView(DashboardViewModel model, Runnable openDepartures) {
        this.model = model;
        this.openDepartures = openDepartures;
    }

    @Override
    public Parent root() {
        if (root == null) {
            root = build();
        }
        return root;
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    private Parent build() {
        Label status = new Label();
        status.setId("inventory-status");
        status.setWrapText(true);
        status.textProperty().bind(model.status);
        ListView<FindingCount> counts = new ListView<>(model.counts);
        counts.setId("finding-counts");
        counts.setPrefHeight(260);
        counts.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.open(now));
        ListView<String> findings = list("findings", model.findings, 260);
        findings.setPlaceholder(new Label("Choose a type on the left to see its findings."));
        PieChart chart = new PieChart();
        chart.setId("findings-chart");
        chart.setLegendVisible(false);
        chart.setPrefSize(340, 260);
        chart.setAnimated(false);
        model.counts.addListener((ListChangeListener<FindingCount>) c -> chart.getData().setAll(model.counts.stream()
                .map(f -> new PieChart.Data(f.type().label() + " (" + f.count() + ")", f.count())).toList()));
        ListView<String> departures = list("open-departures", model.openDepartures, 100);
        departures.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openDepartures.run();
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        grid.add(titled("Hygiene findings by type", counts), 0, 0);
        grid.add(titled("Findings of the chosen type", findings), 1, 0);
        grid.add(chart, 2, 0);
        grid.add(titled("Renewals and expiries", list("renewals", model.renewals, 150)), 0, 1);
        grid.add(titled("Rotations overdue", list("overdue-rotations", model.overdueRotations, 150)), 1, 1);
        grid.add(titled("Open departures (double-click to open)", departures), 2, 1);
        VBox box = new VBox(12, status, Forms.error(model.error), grid);
        box.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static VBox titled(String title, javafx.scene.Node content) {
        Label label = new Label(title);
        label.getStyleClass().add("title-4");
        return new VBox(4, label, content);
    }

    private static ListView<String> list(String id, ObservableList<String> items, double height) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(height);
        list.setPrefWidth(340);
        return list;
    }
}
